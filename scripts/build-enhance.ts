/**
 * Bundles the site's own script (components/enhance/) with esbuild into public/enhance/, file
 * names carrying their content hash (a CDN may cache them for ever), and records the entry's URL
 * for the pages (lib/enhance-script.ts). Search code is split into a chunk loaded on intent. The
 * service worker (components/offline/service-worker.ts) goes to public/sw.js: a worker's URL is
 * its identity, so its name never changes; the browser compares its bytes to update it.
 * `npm run build` runs it before `next build`, which copies public/ into the site.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { enhanceManifestFile } from '../lib/enhance-script';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'public', 'enhance');
const ENTRY = 'components/enhance/index.ts';
const OFFLINE_SAVE = 'components/enhance/offline-save.ts';
const SERVICE_WORKER = path.join(ROOT, 'public', 'sw.js');

/** The URL of a file esbuild wrote under public/. */
const publicUrl = (output: string) => `/${path.relative(path.join(ROOT, 'public'), path.join(ROOT, output)).split(path.sep).join('/')}`;

/** What every bundle of the site's own code shares. */
const BUNDLE = { absWorkingDir: ROOT, bundle: true, target: 'es2020', minify: true, legalComments: 'none', logLevel: 'warning' } as const;
/** Modules under public/enhance/, named by their content. */
const MODULES = { ...BUNDLE, format: 'esm', outdir: OUT, entryNames: '[name]-[hash]', metafile: true } as const;

async function main() {
  fs.rmSync(OUT, { recursive: true, force: true });
  // "Save for offline" is its own file, loaded by URL on the one page that has the button: as a
  // split chunk it would make every page import esbuild's shared runtime chunk before interaction.
  const offline = await build({ ...MODULES, entryPoints: { 'offline-save': OFFLINE_SAVE } });
  const offlineUrl = publicUrl(Object.keys(offline.metafile.outputs)[0]);
  const { metafile } = await build({
    ...MODULES,
    entryPoints: { site: ENTRY },
    splitting: true,
    chunkNames: 'chunk-[hash]',
    define: { OFFLINE_SAVE_URL: JSON.stringify(offlineUrl) },
    external: [offlineUrl],
  });
  const [entry] = Object.entries(metafile.outputs).filter(([, output]) => output.entryPoint === ENTRY);
  const url = publicUrl(entry[0]);
  fs.mkdirSync(path.dirname(enhanceManifestFile()), { recursive: true });
  fs.writeFileSync(enhanceManifestFile(), `${JSON.stringify({ script: url }, null, 2)}\n`);
  await build({
    ...BUNDLE,
    entryPoints: ['components/offline/service-worker.ts'],
    format: 'iife',
    // Workbox's development logging is compiled out.
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: SERVICE_WORKER,
  });
  const kb = (file: string) => `${(gzipSync(fs.readFileSync(path.join(ROOT, file))).length / 1024).toFixed(1)} KB`;
  const chunks = Object.keys(metafile.outputs).filter((file) => file !== entry[0]);
  console.log(`site script: ${url} (${kb(entry[0])} gzipped; search code in ${chunks.length} chunk(s) loaded on intent, ${chunks.map(kb).join(', ')}); save for offline ${offlineUrl} (${kb(Object.keys(offline.metafile.outputs)[0])}, on /about/offline/ only); service worker /sw.js (${kb(path.relative(ROOT, SERVICE_WORKER))})`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
