/**
 * Bundles the site's own script (components/enhance/) with esbuild into public/enhance/, file
 * names carrying their content hash (a CDN may cache them for ever), and records the entry's URL
 * for the pages (lib/enhance-script.ts). Search code is split into a chunk loaded on intent.
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

async function main() {
  fs.rmSync(OUT, { recursive: true, force: true });
  const { metafile } = await build({
    absWorkingDir: ROOT,
    entryPoints: { site: ENTRY },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    outdir: OUT,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    metafile: true,
    logLevel: 'warning',
  });
  const [entry] = Object.entries(metafile.outputs).filter(([, output]) => output.entryPoint === ENTRY);
  const url = `/${path.relative(path.join(ROOT, 'public'), path.join(ROOT, entry[0])).split(path.sep).join('/')}`;
  fs.mkdirSync(path.dirname(enhanceManifestFile()), { recursive: true });
  fs.writeFileSync(enhanceManifestFile(), `${JSON.stringify({ script: url }, null, 2)}\n`);
  const kb = (file: string) => `${(gzipSync(fs.readFileSync(path.join(ROOT, file))).length / 1024).toFixed(1)} KB`;
  const chunks = Object.keys(metafile.outputs).filter((file) => file !== entry[0]);
  console.log(`site script: ${url} (${kb(entry[0])} gzipped; search code in ${chunks.length} chunk(s) loaded on intent, ${chunks.map(kb).join(', ')})`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
