/**
 * `npm run build`: check the content (storing each processed body), build the search index and the
 * site script, export the site with `next build`, finish the export. Incident and talk pages —
 * nearly all of a large site — are rendered by scripts/render-details.ts from a template page Next
 * renders. Every step is deterministic, so:
 * - when nothing that goes into the site has changed since the last successful build into the same
 *   folder — content, code, dependencies, settings, content history — out/ is already what this
 *   build would write: the build says so and stops;
 * - when only content changed, only the incident and talk pages whose data changed are rendered
 *   again, and `next build` is skipped if no other page's data changed (scripts/plan-render.ts).
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../lib/content';
import { REPOSITORY_URL } from '../lib/site-config';
import { outDir, stepEnvironment, workDir } from '../lib/build-context';
import { nextPagesFile, pagesFile, renderPlanFile, type RenderPlan } from '../lib/content/render-plan';
import { mediaDir } from '../lib/content/media';

const ROOT = path.resolve(__dirname, '..');
const SOURCES = ['app', 'components', 'lib', 'scripts', 'public', 'package-lock.json', 'next.config.js', 'tsconfig.json'];
const SETTINGS = ['CONTENT_DIR', 'FAULTLINE_SITE_URL', 'FAULTLINE_BRANCH', 'FAULTLINE_OUT_DIR', 'NODE_ENV'];

// A site deployed to a public address invites readers to edit its pages: never into a guess.
if (process.env.FAULTLINE_SITE_URL && !REPOSITORY_URL) {
  console.error(
    'npm run build: FAULTLINE_SITE_URL is set but the repository is not known, so "Edit this page" would lead nowhere. ' +
      'Set FAULTLINE_REPOSITORY_URL (e.g. https://github.com/<owner>/faultline), or build from a clone whose origin is on GitHub.',
  );
  process.exit(1);
}

function hashTree(hash: crypto.Hash, target: string): void {
  if (!fs.existsSync(target)) return;
  const files = fs.statSync(target).isFile()
    ? [target]
    : fs.readdirSync(target, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => path.join(f.parentPath, f.name));
  // What the build itself writes into public/ is not an input.
  const generated = ['search-index', 'enhance', 'media'].map((dir) => path.join(ROOT, 'public', dir) + path.sep);
  for (const file of files.filter((f) => !generated.some((dir) => f.startsWith(dir))).sort()) {
    hash.update(`${path.relative(ROOT, file)}\0`).update(fs.readFileSync(file)).update('\0');
  }
}

/** Everything but content that goes into the site: code, dependencies, settings. */
function codeFingerprint(): string {
  const hash = crypto.createHash('sha256');
  for (const source of SOURCES) hashTree(hash, path.join(ROOT, source));
  for (const name of SETTINGS) hash.update(`${name}=${process.env[name] ?? ''}\0`);
  // Sorting (localeCompare) and the like may change with Node itself.
  hash.update(`node=${process.version}\0`);
  hash.update(`repository=${REPOSITORY_URL ?? ''}\0`);
  return hash.digest('hex');
}

function contentFingerprint(): string {
  const hash = crypto.createHash('sha256');
  hashTree(hash, contentDir());
  // "Last updated" dates come from git: a rewritten history changes pages without changing files.
  try {
    hash.update(execFileSync('git', ['log', '--format=%H %cs', '--', contentDir()], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    // Not a git checkout: there are no dates to change.
  }
  return hash.digest('hex');
}

/**
 * What this build left in out/: a digest of its home page, which every export rewrites. Another
 * writer of out/ — a bare `next build`, which the README documents — leaves a different one, and
 * then nothing of out/ is trusted.
 */
function siteDigest(): string | undefined {
  const home = path.join(outDir(), 'index.html');
  return fs.existsSync(home) ? crypto.createHash('sha256').update(fs.readFileSync(home)).digest('hex') : undefined;
}

/**
 * Hard-links every file of the site `from` into `to`, except `skip` (paths relative to the site):
 * a copy that costs no disk and no time, and whose files a later step replaces — never writes
 * through — so the site being served stays as it was until it is swapped out.
 */
function linkSite(from: string, to: string, skip: Set<string>): void {
  for (const entry of fs.readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(from, path.join(entry.parentPath, entry.name));
    if (skip.has(relative)) continue;
    fs.mkdirSync(path.dirname(path.join(to, relative)), { recursive: true });
    fs.linkSync(path.join(from, relative), path.join(to, relative));
  }
}

type Stamp = { code: string; content: string; out: string; site?: string };
const stampFile = path.join(workDir(), 'last-build.json');
const current: Stamp = { code: codeFingerprint(), content: contentFingerprint(), out: outDir() };
const last = fs.existsSync(stampFile) ? (JSON.parse(fs.readFileSync(stampFile, 'utf8')) as Partial<Stamp>) : {};
const exported = last.site !== undefined && last.site === siteDigest();
if (last.code === current.code && last.content === current.content && last.out === current.out && exported) {
  console.log(`nothing changed since the last build: ${path.relative(ROOT, outDir()) || outDir()}/ is up to date`);
  process.exit(0);
}

// With the same code, only pages whose data changed are rendered; the others are kept (plan-render.ts).
const reusePages = last.code === current.code && last.out === current.out && exported;
// next build always empties its output folder: the export goes beside out/ first.
const partial = `${path.relative(ROOT, outDir())}.partial`;
fs.rmSync(path.join(ROOT, partial), { recursive: true, force: true });

// The check records the corpus it read for the later steps (lib/content/load.ts); never an older one.
const snapshot = workDir('corpus.json');
fs.rmSync(snapshot, { force: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...stepEnvironment({ reusePages, corpusSnapshot: snapshot }) };
const step = (command: string, args: string[], extra: Record<string, string> = {}) =>
  execFileSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...env, ...extra } });
// Scripts run in node with tsx's loader, not through the tsx command, which adds a process of its own.
const script = (file: string, extra: Record<string, string> = {}) => step(process.execPath, ['--import', 'tsx', file], extra);
// The new site is assembled beside out/ and put in its place at the end (render-details.ts).
const exporting = stepEnvironment({ outDir: partial, detailTemplates: true, renderPlan: renderPlanFile() });
let failed = 0;
// The check publishes the images of the content it reads (lib/content/media.ts): only this content's.
fs.rmSync(mediaDir(), { recursive: true, force: true });
try {
  script('scripts/check.ts');
  script('scripts/build-search.ts');
  script('scripts/build-enhance.ts');
  script('scripts/plan-render.ts');
  const plan = JSON.parse(fs.readFileSync(renderPlanFile(), 'utf8')) as RenderPlan;
  // From here on out/ changes: until this build succeeds, it is not the last build's site. (A build
  // stopped by a content problem leaves it whole, and the next build can still reuse its pages.)
  fs.rmSync(stampFile, { force: true });
  if (plan.sitePagesUnchanged) {
    // Only incident and talk pages changed, so next build is skipped: the new site starts as the
    // last one's files, linked rather than copied, less the pages to render. Nothing of out/ is
    // written to; render-details.ts swaps the new site in at the end, as after an export.
    linkSite(outDir(), path.join(ROOT, partial), new Set(plan.render.map((url) => path.join('.', url, 'index.html'))));
    // next build, which would copy public/ into the site, did not run.
    fs.rmSync(path.join(ROOT, partial, 'media'), { recursive: true, force: true });
    if (fs.existsSync(mediaDir())) fs.cpSync(mediaDir(), path.join(ROOT, partial, 'media'), { recursive: true });
  } else {
    step(path.join(ROOT, 'node_modules', '.bin', 'next'), ['build'], exporting);
    script('scripts/finish-export.ts', exporting);
  }
  script('scripts/publish-search.ts', exporting);
  script('scripts/render-details.ts', exporting);
} catch (error) {
  // The failing step has said what is wrong; the build stops with its status.
  failed = (error as { status?: number }).status || 1;
} finally {
  fs.rmSync(snapshot, { force: true });
}
if (failed) process.exit(failed);

fs.renameSync(nextPagesFile(), pagesFile());
fs.writeFileSync(stampFile, `${JSON.stringify({ ...current, site: siteDigest() }, null, 2)}\n`);
