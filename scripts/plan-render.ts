/**
 * A build step of scripts/build.ts, after the check: records a digest of every incident and talk
 * page's data (lib/content/detail-pages.ts) and writes the render plan for scripts/render-details.ts
 * (lib/content/render-plan.ts): every page, or — when the last build into the same folder was made
 * by the same code (FAULTLINE_REUSE_PAGES=1) — only the pages whose data changed, keeping the rest.
 */
import fs from 'node:fs';
import { contentDir } from '../lib/content';
import { detailPageDigests, sitePagesDigest } from '../lib/content/detail-pages';
import { loadCorpus } from '../lib/content/load';
import { nextPagesFile, pagesFile, renderPlanFile, type PageDigests, type RenderPlan } from '../lib/content/render-plan';
import { outDir } from '../lib/work-dir';

function main() {
  const corpus = loadCorpus(contentDir());
  const current: PageDigests = { site: sitePagesDigest(corpus), pages: Object.fromEntries(detailPageDigests(corpus)) };
  fs.writeFileSync(nextPagesFile(), JSON.stringify(current));
  const reuse = process.env.FAULTLINE_REUSE_PAGES === '1' && fs.existsSync(pagesFile());
  const last: Partial<PageDigests> = reuse ? JSON.parse(fs.readFileSync(pagesFile(), 'utf8')) : {};
  const plan: RenderPlan = { render: [], keep: [], keepFrom: outDir(), sitePagesUnchanged: last.site === current.site };
  for (const [url, digest] of Object.entries(current.pages)) (last.pages?.[url] === digest ? plan.keep : plan.render).push(url);
  fs.writeFileSync(renderPlanFile(), JSON.stringify(plan));
  if (reuse) {
    console.log(
      `render plan: ${plan.render.length} incident and talk pages changed; ${plan.keep.length} kept from the last build` +
        (plan.sitePagesUnchanged ? '; no other page changed, next build is skipped' : ''),
    );
  }
}

main();
