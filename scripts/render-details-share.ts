/** Renders a share of the incident and talk pages into the export (scripts/render-details.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { getCorpus, type Incident, type Talk } from '../lib/content';
import { PageShell } from '../app/_render/detail-renderer';
import { templatePageFile } from '../app/_render/templates';
import { outDir } from '../lib/build-context';
import { pageProblems } from '../lib/outputs/next-export';

/** Returns how many pages it wrote; `out` is the export FAULTLINE_OUT_DIR names. */
export function renderPages(urls: string[]): number {
  const out = outDir();
  const corpus = getCorpus();
  // Each route's shell is its template's page as Next rendered it (app/_render/templates.ts).
  const shells = new Map(
    (['incident', 'talk'] as const).map((kind) => [kind, new PageShell(corpus, kind, fs.readFileSync(templatePageFile(kind), 'utf8'))]),
  );
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
