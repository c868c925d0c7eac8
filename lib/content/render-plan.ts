/**
 * Who renders which page. In `npm run build`, Next renders one page per incident and talk route —
 * the template whose shell the others reuse (`step().detailTemplates`, app/_render/templates.ts) —
 * and scripts/render-details.ts renders the incident and talk pages the plan names: all of them on a
 * clean build, those whose data changed on a rebuild into the same folder. Of the list pages
 * (lib/content/list-pages.ts), Next renders those the plan names. The pages not named are kept
 * from the last build (scripts/plan-render.ts). Elsewhere (`npm run dev`, a bare `next build`),
 * Next renders every page.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { ListRoute } from './list-pages';
import type { Corpus } from './model';
import { step, workDir } from '../build-context';

/** The digests of the last successful build's pages, and this build's until it succeeds. */
export const pagesFile = () => workDir('pages.json');
export const nextPagesFile = () => workDir('pages.next.json');
export const renderPlanFile = () => workDir('render-plan.json');
/**
 * `render`: incident and talk pages for scripts/render-details.ts; `lists`: list pages for Next;
 * `keep`: pages of either kind moved over from the last build's site, `keepFrom`.
 * `sitePagesUnchanged`: nothing but incident and talk pages changed, so `next build` is skipped.
 */
export type RenderPlan = { render: string[]; lists: string[]; keep: string[]; keepFrom: string; sitePagesUnchanged: boolean };
export type PageDigests = { site: string; pages: Record<string, string> };

/** The digest of what a page renders from. */
export const pageDigest = (data: unknown) => crypto.createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 32);

let planned: Set<string> | undefined;

/** The params of the route's list pages Next renders in this build (generateStaticParams). */
export function listPagesToRender<P>(route: ListRoute<P, unknown>, corpus: Corpus): P[] {
  const all = route.params(corpus);
  const { detailTemplates, renderPlan: planFile } = step();
  if (!detailTemplates || !planFile) return all;
  planned ??= new Set((JSON.parse(fs.readFileSync(planFile, 'utf8')) as RenderPlan).lists);
  return all.filter((params) => planned!.has(route.url(params)));
}
