/** A link checker over the exported site: every internal link and #anchor in out/ resolves. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const OUT = path.resolve(process.env.FAULTLINE_OUT_DIR ?? 'out');

function htmlFiles(): string[] {
  return fs
    .readdirSync(OUT, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.html'))
    .map((f) => path.join(f.parentPath, f.name));
}

/** The file a site path is served from, as a static host resolves it. */
function target(pathname: string): string | undefined {
  const candidate = path.join(OUT, decodeURIComponent(pathname));
  if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  return fs.existsSync(index) ? index : undefined;
}

const idsOf = new Map<string, Set<string>>();
function ids(file: string): Set<string> {
  let found = idsOf.get(file);
  if (!found) idsOf.set(file, (found = new Set([...fs.readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))));
  return found;
}

test('every internal link and anchor in the exported site resolves', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const file of htmlFiles()) {
    const html = fs.readFileSync(file, 'utf8');
    const page = `/${path.relative(OUT, path.dirname(file)).split(path.sep).join('/')}/`.replace('//', '/');
    for (const [, attr, value] of html.matchAll(/\s(href|src)="([^"]+)"/g)) {
      if (/^(https?:|mailto:|data:)/.test(value) || value.startsWith('//')) continue;
      const url = new URL(value.replace(/&amp;/g, '&'), `http://site${page}`);
      const file2 = target(url.pathname);
      checked++;
      if (!file2) broken.push(`${path.relative(OUT, file)}: ${attr}="${value}"`);
      else if (url.hash && file2.endsWith('.html') && !ids(file2).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${path.relative(OUT, file)}: ${value} (no such anchor)`);
      }
    }
  }
  expect(checked).toBeGreaterThan(1000);
  expect(broken).toEqual([]);
});
