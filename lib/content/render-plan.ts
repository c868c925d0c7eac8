/**
 * Who renders the incident and talk pages. In `npm run build`, Next renders one page per route —
 * the template whose shell the others reuse (FAULTLINE_DETAIL_TEMPLATES=1) — and
 * scripts/render-details.ts renders the pages the plan names: all of them on a clean build, those
 * whose data changed since the last build into the same folder on a rebuild (scripts/plan-render.ts),
 * keeping the others. Elsewhere (`npm run dev`, a bare `next build`), Next renders every page.
 */
import { workDir } from '../work-dir';

/** The digests of the last successful build's pages, and this build's until it succeeds. */
export const pagesFile = () => workDir('pages.json');
export const nextPagesFile = () => workDir('pages.next.json');
export const renderPlanFile = () => workDir('render-plan.json');
/** `sitePagesUnchanged`: nothing but incident and talk pages changed, so `next build` is skipped. */
export type RenderPlan = { render: string[]; keep: string[]; keepFrom: string; sitePagesUnchanged: boolean };
export type PageDigests = { site: string; pages: Record<string, string> };

export function pagesToRender<T>(newestFirst: T[]): T[] {
  return process.env.FAULTLINE_DETAIL_TEMPLATES === '1' ? newestFirst.slice(0, 1) : newestFirst;
}
