/**
 * The last build step (scripts/build.ts): writes the incident and talk pages the render plan names
 * into the export (app/_render/detail-renderer.ts; in worker threads for a large plan, see
 * lib/worker-shares.ts), moves the pages it keeps (incident and talk pages whose data did not
 * change) over from the last build, lists what "save for offline" saves (lib/outputs/offline-list.ts),
 * and puts the new site in place of it. The site being served is
 * never written to: a build stopped before the swap leaves it as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RenderPlan } from '../lib/content/render-plan';
import { outDir, step } from '../lib/build-context';
import { TEMPLATE_SLUGS, templatePageFile } from '../app/_render/templates';
import { inShares } from '../lib/worker-shares';
import { writeOfflineList } from '../lib/outputs/offline-list';

const WORTH_A_WORKER = 500;

async function main() {
  const out = outDir();
  const plan = JSON.parse(fs.readFileSync(step().renderPlan!, 'utf8')) as RenderPlan;
  const started = performance.now();

  keepTemplates(out, plan);
  await inShares(plan.render, WORTH_A_WORKER, { file: path.join(__dirname, 'render-details-share.ts'), name: 'renderPages' });

  keepPages(out, plan);
  const offline = writeOfflineList(out);
  replace(out, plan);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`incident and talk pages: ${plan.render.length} rendered; ${plan.keep.length} pages kept from the last build (${seconds} s)`);
  console.log(`save for offline: ${offline.files} files, ${(offline.bytes / 1024 / 1024).toFixed(1)} MB`);
}

/**
 * Takes the template pages Next rendered (app/_render/templates.ts) out of the export — they are
 * never published — and keeps them for this build's shells and the next build's, which may skip
 * `next build`. Without a fresh one, the kept one is this code's: a code change rebuilds everything.
 */
function keepTemplates(out: string, plan: RenderPlan): void {
  for (const [kind, slug] of Object.entries(TEMPLATE_SLUGS) as [keyof typeof TEMPLATE_SLUGS, string][]) {
    const folder = path.join(out, `${kind}s`, slug);
    const kept = templatePageFile(kind);
    if (fs.existsSync(folder)) {
      fs.mkdirSync(path.dirname(kept), { recursive: true });
      fs.rmSync(kept, { force: true });
      fs.renameSync(path.join(folder, 'index.html'), kept);
      fs.rmSync(folder, { recursive: true, force: true });
    } else if (!plan.sitePagesUnchanged || !fs.existsSync(kept)) {
      console.error(`the ${kind} template page was not rendered (${folder}); remove ${plan.keepFrom} and build again`);
      process.exit(1);
    }
  }
}

/** Moves the unchanged pages over from the last build's site. */
function keepPages(out: string, plan: RenderPlan): void {
  const missing: string[] = [];
  for (const url of plan.keep) {
    const page = path.join(url, 'index.html');
    if (!fs.existsSync(path.join(plan.keepFrom, page))) {
      missing.push(url);
      continue;
    }
    fs.mkdirSync(path.join(out, url), { recursive: true });
    fs.renameSync(path.join(plan.keepFrom, page), path.join(out, page));
  }
  if (missing.length > 0) {
    console.error(`the last build lacks ${missing.length} page(s) it was to keep, e.g. ${missing[0]}; remove ${plan.keepFrom} and build again`);
    process.exit(1);
  }
}

/** Puts the finished site in place of the last one. */
function replace(out: string, plan: RenderPlan): void {
  // Two renames: the site is missing only between them, never while a large tree is deleted.
  const old = `${plan.keepFrom}.old`;
  fs.rmSync(old, { recursive: true, force: true });
  if (fs.existsSync(plan.keepFrom)) fs.renameSync(plan.keepFrom, old);
  fs.renameSync(out, plan.keepFrom);
  fs.rmSync(old, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
