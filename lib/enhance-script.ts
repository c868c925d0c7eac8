/** The URL of the site's own script (components/enhance/), which scripts/build-enhance.ts bundles. */
import fs from 'node:fs';
import { workDir } from './build-context';

export const enhanceManifestFile = () => workDir('enhance.json');

export function enhanceScriptUrl(): string {
  try {
    return (JSON.parse(fs.readFileSync(enhanceManifestFile(), 'utf8')) as { script: string }).script;
  } catch {
    throw new Error('No site script: run "npm run build" (or "npm run build:enhance") first.');
  }
}
