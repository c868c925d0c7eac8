/**
 * Who renders which page. In `npm run build`, Next renders every page but the incident and talk
 * pages — of those only each route's template (app/_render/templates.ts), whose shell the others
 * reuse — and scripts/render-details.ts renders the incident and talk pages the plan names: all of
 * them on a clean build, those whose data changed on a rebuild into the same folder; the others
 * are kept from the last build (scripts/plan-render.ts). When nothing Next renders changed, next
 * build does not run at all. Elsewhere (`npm run dev`, a bare `next build`), Next renders every page.
 */
import crypto from 'node:crypto';
import { workDir } from '../build-context';

/** The digests of the last successful build's pages, and this build's until it succeeds. */
export const pagesFile = () => workDir('pages.json');
export const nextPagesFile = () => workDir('pages.next.json');
export const renderPlanFile = () => workDir('render-plan.json');
/**
 * `render`: incident and talk pages for scripts/render-details.ts; `keep`: those moved over from
 * the last build's site, `keepFrom`. `sitePagesUnchanged`: nothing but incident and talk pages
 * changed, so `next build` is skipped.
 */
export type RenderPlan = { render: string[]; keep: string[]; keepFrom: string; sitePagesUnchanged: boolean };
export type PageDigests = { site: string; pages: Record<string, string> };

/** The digest of what a page renders from. */
export const pageDigest = (data: unknown) => crypto.createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 32);
