/**
 * A build step after `next build`, on what it exported (lib/outputs/next-export.ts holds what this
 * assumes about Next's output):
 * - removes the React Server Component payloads that `next build` writes beside every page. Only
 *   client-side navigation (next/link, the router) fetches them; Faultline links with plain <a> and
 *   loads every page whole, so they are never requested — and they were two thirds of out/ (three
 *   per page, two identical). Adopting next/link means dropping this removal;
 * - publishes pages without a React island without React's runtime, and moves an island page's
 *   inline scripts into files;
 * - puts the Content Security Policy (lib/csp.ts) first in every page's <head>;
 * - then checks every page against those assumptions and fails the build, naming page and reason,
 *   where one no longer holds (a payload under a new name, a foreign script, streamed Suspense
 *   output, no theme script, a client component outside an island).
 */
import fs from 'node:fs';
import path from 'node:path';
import { clientComponentOutsideIsland, hasIsland, INLINE_SCRIPT_DIR, pageProblems, RSC_PAYLOAD_FILE, strayFileProblem, withoutInlineScripts, withoutReactRuntime, withPolicy } from '../lib/outputs/next-export';
import { outDir } from '../lib/build-context';

const out = outDir();

/** The exports of the site's 'use client' modules: what the RSC payload names where a page uses one. */
function clientComponentNames(): string[] {
  const dir = path.join(__dirname, '..', 'components');
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && /\.tsx?$/.test(f.name) && !/\.test\.tsx?$/.test(f.name))
    .map((f) => fs.readFileSync(path.join(f.parentPath, f.name), 'utf8'))
    .filter((code) => /^['"]use client['"]/.test(code))
    .flatMap((code) => [...code.matchAll(/^export function (\w+)/gm)].map((m) => m[1]));
}

const clientNames = clientComponentNames();
const problems: string[] = [];
let removed = 0;
let bytes = 0;
let withoutReact = 0;
let saved = 0;
for (const entry of fs.readdirSync(out, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = path.join(entry.parentPath, entry.name);
  const page = path.relative(out, file);
  if (RSC_PAYLOAD_FILE.test(entry.name)) {
    bytes += fs.statSync(file).size;
    fs.rmSync(file);
    removed++;
    continue;
  }
  const stray = strayFileProblem(entry.name);
  if (stray) problems.push(`${page}: ${stray}`);
  if (!entry.name.endsWith('.html')) continue;
  let html = fs.readFileSync(file, 'utf8');
  const client = clientComponentOutsideIsland(html, clientNames);
  if (client) problems.push(`${page}: ${client}`);
  if (!hasIsland(html)) {
    const stripped = withoutReactRuntime(html);
    withoutReact++;
    saved += html.length - stripped.length;
    html = stripped;
  } else {
    html = withoutInlineScripts(html, (name, content) => {
      fs.mkdirSync(path.join(out, INLINE_SCRIPT_DIR), { recursive: true });
      fs.writeFileSync(path.join(out, INLINE_SCRIPT_DIR, name), content);
    });
  }
  html = withPolicy(html);
  fs.writeFileSync(file, html);
  for (const problem of pageProblems(html)) problems.push(`${page}: ${problem}`);
}
if (problems.length > 0) {
  console.error(`${problems.join('\n')}\n\nThe export no longer matches what lib/outputs/next-export.ts assumes about Next's output; nothing was published.`);
  process.exit(1);
}
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.log(
  `export finished: ${removed} RSC payload files (${mb(bytes)}) removed; ` +
    `${withoutReact} pages without islands published without React (${mb(saved)} less); every page checked`,
);
