/**
 * A build step of scripts/build.ts, after the check: records a digest of every incident and talk
 * page's data and one of what all other pages read (lib/content/detail-pages.ts), and writes the
 * render plan (lib/content/render-plan.ts): every incident and talk page, or — when the last build
 * into the same folder was made by the same code (`step().reusePages`, lib/build-context.ts) —
 * only those whose data changed, keeping the rest. The other pages are Next's: all of them when
 * what they read changed, none when it did not (then next build is skipped).
 */
import fs from 'node:fs';
import { contentDir } from '../lib/content';
import { detailPageDigests, sitePagesDigest } from '../lib/content/detail-pages';
import { loadCorpus } from '../lib/content/load';
import { allTextNeighbours } from '../lib/content/similar-text';
import { nextPagesFile, pagesFile, renderPlanFile, type PageDigests, type RenderPlan } from '../lib/content/render-plan';
import { outDir, step } from '../lib/build-context';

function main() {
  const corpus = loadCorpus(contentDir());
  // The one step of page data that reads every entry's text: its cost at scale is worth seeing.
  const started = performance.now();
  const neighbourhoods = allTextNeighbours(corpus);
  console.log(`related by text: ${neighbourhoods.size} incidents and talks compared in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const details = detailPageDigests(corpus);
  const current: PageDigests = { site: sitePagesDigest(corpus), pages: Object.fromEntries(details) };
  fs.writeFileSync(nextPagesFile(), JSON.stringify(current));
  const reuse = step().reusePages && fs.existsSync(pagesFile());
  const last: Partial<PageDigests> = reuse ? JSON.parse(fs.readFileSync(pagesFile(), 'utf8')) : {};

  const plan: RenderPlan = { render: [], keep: [], keepFrom: outDir(), sitePagesUnchanged: last.site === current.site };
  for (const [url, digest] of details) (last.pages?.[url] === digest ? plan.keep : plan.render).push(url);
  fs.writeFileSync(renderPlanFile(), JSON.stringify(plan));
  if (reuse) {
    console.log(
      `render plan: ${plan.render.length} incident and talk pages changed; ${plan.keep.length} kept from the last build; ` +
        (plan.sitePagesUnchanged ? 'no other page changed, next build is skipped' : 'next build renders the other pages'),
    );
  }
}

main();
