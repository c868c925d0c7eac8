/**
 * A build step of scripts/build.ts, after the check: records a digest of every incident, talk and
 * list page's data (lib/content/detail-pages.ts, list-pages.ts) and writes the render plan
 * (lib/content/render-plan.ts): every page, or — when the last build into the same folder was made
 * by the same code (`step().reusePages`, lib/build-context.ts) — only the pages whose data changed, keeping the rest.
 */
import fs from 'node:fs';
import { contentDir } from '../lib/content';
import { detailPageDigests, sitePagesDigest } from '../lib/content/detail-pages';
import { listPages } from '../lib/content/list-pages';
import { loadCorpus } from '../lib/content/load';
import { nextPagesFile, pageDigest, pagesFile, renderPlanFile, type PageDigests, type RenderPlan } from '../lib/content/render-plan';
import { outDir, step } from '../lib/build-context';

function main() {
  const corpus = loadCorpus(contentDir());
  const details = detailPageDigests(corpus);
  const lists = listPages(corpus).map((page) => ({ ...page, digest: pageDigest(page.data()) }));
  const current: PageDigests = {
    site: sitePagesDigest(corpus),
    pages: Object.fromEntries([...details, ...lists.map((page) => [page.url, page.digest] as const)]),
  };
  fs.writeFileSync(nextPagesFile(), JSON.stringify(current));
  const reuse = step().reusePages && fs.existsSync(pagesFile());
  const last: Partial<PageDigests> = reuse ? JSON.parse(fs.readFileSync(pagesFile(), 'utf8')) : {};
  const unchanged = (url: string) => last.pages?.[url] === current.pages[url];

  const plan: RenderPlan = { render: [], lists: [], keep: [], keepFrom: outDir(), sitePagesUnchanged: false };
  for (const url of details.keys()) (unchanged(url) ? plan.keep : plan.render).push(url);
  const changedLists = lists.filter((page) => !unchanged(page.url));
  const routesChanged = new Set(changedLists.map((page) => page.route));
  const firstOfRoute = new Map<string, string>();
  for (const page of lists) if (!firstOfRoute.has(page.route)) firstOfRoute.set(page.route, page.url);
  for (const page of lists) {
    // A route Next exports needs a page: where none of a route's pages changed, its first is rendered again.
    const stands = !routesChanged.has(page.route) && firstOfRoute.get(page.route) === page.url;
    (!unchanged(page.url) || stands ? plan.lists : plan.keep).push(page.url);
  }
  plan.sitePagesUnchanged = last.site === current.site && changedLists.length === 0;
  // Then next build does not run: no list page is rendered.
  if (plan.sitePagesUnchanged) plan.keep.push(...plan.lists.splice(0));
  fs.writeFileSync(renderPlanFile(), JSON.stringify(plan));
  if (reuse) {
    console.log(
      `render plan: ${plan.render.length} incident and talk pages and ${changedLists.length} list pages changed; ` +
        `${plan.keep.length} pages kept from the last build` +
        (plan.sitePagesUnchanged ? '; no other page changed, next build is skipped' : ''),
    );
  }
}

main();
