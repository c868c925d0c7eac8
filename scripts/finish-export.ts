/**
 * A build step after `next build`, on what it exported:
 * - removes the React Server Component payloads (`index.txt`, `__next.*.txt`) that `next build`
 *   writes beside every page. Only client-side navigation (next/link, the router) fetches them;
 *   Faultline links with plain <a> and loads every page whole, so they are never requested — and
 *   they were two thirds of out/ (three per page, two identical). Adopting next/link means
 *   dropping this removal;
 * - publishes pages without a React island without React's runtime (lib/outputs/react-runtime.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { hasIsland, withoutReactRuntime } from '../lib/outputs/react-runtime';
import { outDir } from '../lib/work-dir';

const out = outDir();

let removed = 0;
let bytes = 0;
let withoutReact = 0;
let saved = 0;
for (const entry of fs.readdirSync(out, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = path.join(entry.parentPath, entry.name);
  if (/^(index\.txt|__next\..*\.txt)$/.test(entry.name)) {
    bytes += fs.statSync(file).size;
    fs.rmSync(file);
    removed++;
  } else if (entry.name.endsWith('.html')) {
    const html = fs.readFileSync(file, 'utf8');
    if (hasIsland(html)) continue;
    const stripped = withoutReactRuntime(html);
    fs.writeFileSync(file, stripped);
    withoutReact++;
    saved += html.length - stripped.length;
  }
}
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.log(
  `export finished: ${removed} RSC payload files (${mb(bytes)}) removed; ` +
    `${withoutReact} pages without islands published without React (${mb(saved)} less)`,
);

