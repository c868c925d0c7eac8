/**
 * `npm run check`: validates every file under the content directory — front matter, references,
 * the body allow-list, internal links — storing each body that passes, processed, for the rest of
 * the build (lib/content/body-store.ts). Prints every problem as `path:line:col  rule  message` and exits 1, or
 * one summary line and exits 0. `npm run build` runs it first.
 */
import { contentDir } from '../lib/content';
import { writeSnapshot } from '../lib/content/load';
import { ContentError, formatProblem, type ContentProblem } from '../lib/content/problems';
import { validateContent } from '../lib/content/validate';

async function main(): Promise<number> {
  const started = performance.now();
  const { corpus, problems, processed, reused } = await validateContent(contentDir());
  if (problems.length > 0) return report(problems);
  // In `npm run build`, the later steps read the corpus from here (lib/content/load.ts).
  writeSnapshot(contentDir(), corpus);

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `content ok: ${corpus.incidents.length} incidents, ${corpus.talks.length} talks, ` +
      `${corpus.failureClasses.length} failure classes; processed ${processed} bodies, ` +
      `reused ${reused} from cache (${seconds} s)`,
  );
  return 0;
}

function report(problems: ContentProblem[]): number {
  const sorted = new ContentError(problems).problems;
  for (const p of sorted) console.error(formatProblem(p));
  const files = new Set(sorted.map((p) => p.file)).size;
  console.error(`\n${sorted.length} problem${sorted.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; nothing was built.`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
