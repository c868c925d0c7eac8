/**
 * The build a step is part of, read in one place. Settings reach every step — `next build`'s
 * workers included — as environment variables, the one channel into them; this module is the only
 * reader, and `stepEnvironment` the only writer (scripts/build.ts). A route's generateStaticParams
 * needs this module and nothing else to make sense.
 *
 * A person sets: CONTENT_DIR (another content folder), FAULTLINE_OUT_DIR (another export folder;
 * next.config.js reads it too), FAULTLINE_WORK_DIR (another work folder, so that a test or a
 * benchmark never touches the real build's files). The site's own settings (FAULTLINE_SITE_URL,
 * FAULTLINE_REPOSITORY_URL, FAULTLINE_BRANCH) are lib/site-config.ts's.
 */
import path from 'node:path';

/** The content folder: content/, or CONTENT_DIR (a generated corpus, a fixture). */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}

/** Where a build keeps what it makes besides out/: processed bodies, page digests, the search index before it is published. */
export function workDir(...parts: string[]): string {
  return path.resolve(process.env.FAULTLINE_WORK_DIR ?? '.cache', ...parts);
}

/** The exported site: out/, or FAULTLINE_OUT_DIR. */
export function outDir(): string {
  return path.resolve(process.env.FAULTLINE_OUT_DIR ?? 'out');
}

/** What scripts/build.ts tells one step about the build; outside `npm run build`, nothing. */
export type Step = {
  /** The corpus the check read, which later steps load instead of reading every file again. */
  corpusSnapshot?: string;
  /** Next renders one template page per incident and talk route; scripts/render-details.ts the rest. */
  detailTemplates: boolean;
  /** Which pages this build renders and which it keeps (lib/content/render-plan.ts). */
  renderPlan?: string;
  /** The last build's pages may be kept: same code, same folder, and out/ is what it wrote. */
  reusePages: boolean;
};

export function step(): Step {
  const env = process.env;
  return {
    corpusSnapshot: env.FAULTLINE_CORPUS_SNAPSHOT || undefined,
    detailTemplates: env.FAULTLINE_DETAIL_TEMPLATES === '1',
    renderPlan: env.FAULTLINE_RENDER_PLAN || undefined,
    reusePages: env.FAULTLINE_REUSE_PAGES === '1',
  };
}

/** The environment variables that carry `settings` (and the export folder, if given) to a step. */
export function stepEnvironment(settings: Partial<Step> & { outDir?: string }): Record<string, string> {
  const variables: Record<string, string | undefined> = {
    FAULTLINE_CORPUS_SNAPSHOT: settings.corpusSnapshot,
    FAULTLINE_DETAIL_TEMPLATES: settings.detailTemplates === undefined ? undefined : settings.detailTemplates ? '1' : '0',
    FAULTLINE_RENDER_PLAN: settings.renderPlan,
    FAULTLINE_REUSE_PAGES: settings.reusePages === undefined ? undefined : settings.reusePages ? '1' : '0',
    FAULTLINE_OUT_DIR: settings.outDir,
  };
  return Object.fromEntries(Object.entries(variables).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
