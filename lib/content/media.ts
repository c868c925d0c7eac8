/**
 * The images writeups import, put where the site serves them: public/media/, under names that
 * carry a hash of their content (assets.ts), so that a name is never reused for other bytes and a
 * copy already there is the right one. `next build` copies public/ into the export and `next dev`
 * serves it; `npm run build` empties the folder first, so that only the images of the content
 * being built are published.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { MediaFile } from './assets';

export function mediaDir(): string {
  return path.join(process.cwd(), 'public', 'media');
}

export function publishMedia(files: MediaFile[]): void {
  for (const { name, source } of files) {
    const target = path.join(mediaDir(), name);
    if (fs.existsSync(target)) continue;
    fs.mkdirSync(mediaDir(), { recursive: true });
    fs.copyFileSync(source, target);
  }
}
