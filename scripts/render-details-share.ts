/** Renders a share of the incident and talk pages into the export (scripts/render-details.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { getCorpus, type Incident, type Talk } from '../lib/content';
import { PageShell } from '../app/_render/detail-renderer';
import { outDir } from '../lib/build-context';
import { pageProblems } from '../lib/outputs/next-export';

/** Returns how many pages it wrote; `out` is the export FAULTLINE_OUT_DIR names. */
export function renderPages(urls: string[]): number {
  const out = outDir();
  const corpus = getCorpus();
  const shells = new Map<string, PageShell>();
  // Each route's template is its newest entry, the one Next rendered (lib/content/render-plan.ts).
  for (const [kind, newestFirst] of [['incident', corpus.incidents], ['talk', corpus.talks]] as const) {
    const template = newestFirst[0];
    if (template) shells.set(kind, new PageShell(corpus, template, fs.readFileSync(path.join(out, template.url, 'index.html'), 'utf8')));
  }
  const problems: string[] = [];
  for (const url of urls) {
    const entry = corpus.bySlug.get(url.split('/')[2]) as Incident | Talk;
    const html = shells.get(entry.kind)!.render(entry);
    // The same check finish-export makes of the pages Next wrote (lib/outputs/next-export.ts).
    problems.push(...pageProblems(html).map((problem) => `${url}: ${problem}`));
    fs.mkdirSync(path.join(out, url), { recursive: true });
    // A new file, never a write through a link to the site being served (scripts/build.ts).
    fs.rmSync(path.join(out, url, 'index.html'), { force: true });
    fs.writeFileSync(path.join(out, url, 'index.html'), html);
  }
  if (problems.length > 0) throw new Error(`${problems.join('\n')}\n\nA page rendered outside Next breaks what lib/outputs/next-export.ts assumes.`);
  return urls.length;
}
