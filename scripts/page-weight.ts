/**
 * `npm run weight`: the gzipped JavaScript each page type loads before any interaction — the
 * scripts its HTML references with the modules they import statically (dynamic imports wait for
 * intent), and the inline framework payload — measured on the exported out/ — and whether any
 * of it carries a body's compiled MDX code (it never should: bodies are rendered at build time).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { outDir } from '../lib/build-context';

const OUT = outDir();
const PAGES: Record<string, string> = {
  home: '/',
  list: '/incidents/',
  incident: fs.readdirSync(path.join(OUT, 'incidents')).find((d) => fs.existsSync(path.join(OUT, 'incidents', d, 'index.html')))!,
  class: '/failure-classes/gray-failure/',
  stats: '/stats/',
  search: '/search/',
};
PAGES.incident = `/incidents/${PAGES.incident}/`;
// A writeup compiled by mdx-bundler with figures from its own folder, where the content has one.
const figures = fs.readdirSync(path.join(OUT, 'incidents')).find((d) => /class="writeup-(chart|figure)"/.test(readPage(`/incidents/${d}/`)));
if (figures) PAGES['incident with figures'] = `/incidents/${figures}/`;

function readPage(page: string): string {
  const file = path.join(OUT, page, 'index.html');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}

/** What would betray a body's compiled code in a page: mdx-bundler's and MDX's own names. */
const BODY_CODE = /_mdx_bundler|_jsx_runtime|getMDXComponent|_createMdxContent/;

const gz = (text: string | Buffer) => gzipSync(text).length;

/** A script and, for a module, what it imports statically (`import"./x.js"`, `from"./x.js"`). */
function withStaticImports(src: string, seen = new Set<string>()): Set<string> {
  if (seen.has(src)) return seen;
  seen.add(src);
  const code = fs.readFileSync(path.join(OUT, src.split('?')[0]), 'utf8');
  for (const [, relative] of code.matchAll(/(?:\bfrom\s*|\bimport\s*)"(\.\/[^"]+)"/g)) {
    withStaticImports(path.posix.join(path.posix.dirname(src), relative), seen);
  }
  return seen;
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

console.log('| page | scripts | gzipped JS | inline payload (gzipped) | HTML (gzipped) | body code |');
console.log('|---|---|---|---|---|---|');
for (const [name, page] of Object.entries(PAGES)) {
  const html = readPage(page);
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].flatMap((m) => [...withStaticImports(m[1])]))];
  const external = sources.reduce((sum, src) => sum + gz(fs.readFileSync(path.join(OUT, src.split('?')[0]))), 0);
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const shipped = [html, ...sources.map((src) => fs.readFileSync(path.join(OUT, src.split('?')[0]), 'utf8'))].some((text) => BODY_CODE.test(text));
  console.log(`| ${name} (${page}) | ${sources.length} | ${kb(external)} | ${kb(gz(inline))} | ${kb(gz(html))} | ${shipped ? 'SHIPPED' : 'none'} |`);
}
