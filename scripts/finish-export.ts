/**
 * The last build step, on the exported site:
 * - publishes this build's search index (made by build-search.ts in the work folder) under
 *   /search-index/<hash>/;
 * - removes the React Server Component payloads (`index.txt`, `__next.*.txt`) that `next build`
 *   writes beside every page. Only client-side navigation (next/link, the router) fetches them;
 *   Faultline links with plain <a> and loads every page whole, so they are never requested — and
 *   they were two thirds of out/ (three per page, two identical). Adopting next/link means
 *   dropping this removal;
 * - publishes pages without a React island without React's runtime (lib/outputs/react-runtime.ts);
 * - after a partial export (a render plan, see scripts/plan-render.ts), moves the unchanged incident
 *   and talk pages over from the last build and puts the site in its place.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RenderPlan } from '../lib/content/render-plan';
import { hasIsland, withoutReactRuntime } from '../lib/outputs/react-runtime';
import { indexDir, readSearchManifest } from '../lib/search/manifest';
import { outDir } from '../lib/work-dir';

const out = outDir();
const { hash } = readSearchManifest();
fs.cpSync(path.join(indexDir(), hash), path.join(out, 'search-index', hash), { recursive: true });
fs.copyFileSync(path.join(indexDir(), 'manifest.json'), path.join(out, 'search-index', 'manifest.json'));

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
  `export finished: search index ${hash} published; ${removed} RSC payload files (${mb(bytes)}) removed; ` +
    `${withoutReact} pages without islands published without React (${mb(saved)} less)`,
);

const planFile = process.env.FAULTLINE_RENDER_PLAN;
if (planFile) {
  const plan = JSON.parse(fs.readFileSync(planFile, 'utf8')) as RenderPlan;
  const missing: string[] = [];
  for (const url of plan.keep) {
    const page = path.join(url, 'index.html');
    // A page rendered anyway (a route needs at least one) is already there, and the same.
    if (fs.existsSync(path.join(out, page))) continue;
    if (!fs.existsSync(path.join(plan.keepFrom, page))) {
      missing.push(url);
      continue;
    }
    fs.mkdirSync(path.join(out, url), { recursive: true });
    fs.renameSync(path.join(plan.keepFrom, page), path.join(out, page));
  }
  if (missing.length > 0) {
    console.error(`the last build lacks ${missing.length} page(s) it was to keep, e.g. ${missing[0]}; run a clean build (remove ${plan.keepFrom})`);
    process.exit(1);
  }
  fs.rmSync(plan.keepFrom, { recursive: true, force: true });
  fs.renameSync(out, plan.keepFrom);
  console.log(`kept ${plan.keep.length} unchanged incident and talk pages from the last build`);
}
