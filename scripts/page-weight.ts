/**
 * `npm run weight`: the gzipped JavaScript each page type loads before any interaction — the
 * scripts its HTML references, and the inline framework payload — measured on the exported out/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = path.resolve(process.env.FAULTLINE_OUT_DIR ?? 'out');
const PAGES: Record<string, string> = {
  home: '/',
  list: '/incidents/',
  incident: fs.readdirSync(path.join(OUT, 'incidents')).find((d) => fs.existsSync(path.join(OUT, 'incidents', d, 'index.html')))!,
  class: '/failure-classes/gray-failure/',
  stats: '/stats/',
  search: '/search/',
};
PAGES.incident = `/incidents/${PAGES.incident}/`;

const gz = (text: string | Buffer) => gzipSync(text).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

console.log('| page | scripts | gzipped JS | inline payload (gzipped) | HTML (gzipped) |');
console.log('|---|---|---|---|---|');
for (const [name, page] of Object.entries(PAGES)) {
  const html = fs.readFileSync(path.join(OUT, page, 'index.html'), 'utf8');
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  const external = sources.reduce((sum, src) => sum + gz(fs.readFileSync(path.join(OUT, src.split('?')[0]))), 0);
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  console.log(`| ${name} (${page}) | ${sources.length} | ${kb(external)} | ${kb(gz(inline))} | ${kb(gz(html))} |`);
}
