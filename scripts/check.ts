/**
 * `npm run check`: validates every file under the content directory and compiles its body (into the
 * compile cache that the build then reads). Prints every problem as `path:line:col  rule  message`
 * and exits 1, or one summary line and exits 0. `npm run build` runs it first.
 */
import { contentDir } from '../lib/content';
import { Compiler } from '../lib/content/compile';
import { loadCorpus } from '../lib/content/load';
import { ContentError, formatProblem, type ContentProblem } from '../lib/content/problems';

async function main(): Promise<number> {
  const started = performance.now();
  let corpus;
  try {
    corpus = loadCorpus(contentDir());
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    report(error.problems);
    return 1;
  }
  const entries = [...corpus.incidents, ...corpus.talks, ...corpus.failureClasses];
  const compiler = new Compiler();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const result = await compiler.compile(entry);
    if ('problems' in result) problems.push(...result.problems);
  }
  if (problems.length > 0) {
    report(new ContentError(problems).problems);
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `content ok: ${corpus.incidents.length} incidents, ${corpus.talks.length} talks, ` +
      `${corpus.failureClasses.length} failure classes; compiled ${compiler.compiled}, ` +
      `reused ${compiler.reused} from cache (${seconds} s)`,
  );
  return 0;
}

function report(problems: ContentProblem[]): void {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found; nothing was built.`);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
