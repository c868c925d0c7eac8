/**
 * Which incident and talk pages this build renders: all of them, unless scripts/build.ts wrote a
 * plan (the file named by FAULTLINE_RENDER_PLAN) listing the pages whose data changed since the
 * last build into the same folder; scripts/finish-export.ts brings the others over from that build.
 */
import fs from 'node:fs';
import { workDir } from '../work-dir';

/** The digests of the last successful build's pages, and this build's until it succeeds. */
export const pagesFile = () => workDir('pages.json');
export const nextPagesFile = () => workDir('pages.next.json');
export const renderPlanFile = () => workDir('render-plan.json');
export type RenderPlan = { render: string[]; keep: string[]; keepFrom: string };

let plan: Set<string> | null | undefined;

function readPlan(): Set<string> | null {
  const file = process.env.FAULTLINE_RENDER_PLAN;
  return file ? new Set((JSON.parse(fs.readFileSync(file, 'utf8')) as RenderPlan).render) : null;
}

export function pagesToRender<T extends { url: string }>(entries: T[]): T[] {
  plan ??= readPlan();
  if (!plan) return entries;
  const chosen = entries.filter((e) => plan!.has(e.url));
  // An export needs at least one page per dynamic route; an unchanged one renders the same bytes.
  return chosen.length > 0 ? chosen : entries.slice(0, 1);
}
