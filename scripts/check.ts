/**
 * `npm run check`: validates every file under the content directory — front matter, references,
 * the body allow-list, internal links — storing each body that passes, processed, for the rest of
 * the build (lib/content/body-store.ts). Prints every problem as `path:line:col  rule  message` and exits 1, or
 * one summary line and exits 0. Warnings (a likely duplicate) are printed and do not fail it.
 * In GitHub Actions, or with `--format github`, each problem is also printed as an annotation that
 * shows on the pull request's diff. `npm run build` runs it first.
 */
import { contentDir } from '../lib/content';
import { writeSnapshot } from '../lib/content/load';
import { ContentError, formatAnnotation, formatProblem, type ContentProblem } from '../lib/content/problems';
import { validateContent } from '../lib/content/validate';
import { TEMPLATE_DIR } from '../app/_render/templates';

const annotate = process.argv.includes('--format=github') || process.env.GITHUB_ACTIONS === 'true';

async function main(): Promise<number> {
  const started = performance.now();
  const { corpus, problems, warnings, processed, reused } = await validateContent(contentDir());
  print(warnings, 'warning');
  if (problems.length > 0) return report(problems);
  // The detail routes' page templates are checked like content, and their bodies stored for the build.
  const templates = await validateContent(TEMPLATE_DIR);
  if (templates.problems.length > 0) return report(templates.problems);
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

function print(problems: ContentProblem[], level: 'error' | 'warning'): void {
  for (const p of new ContentError(problems).problems) {
    console.error(formatProblem(p));
    if (annotate) console.log(formatAnnotation(p, level));
  }
  if (level === 'warning' && problems.length > 0) {
    console.error(`${problems.length} warning${problems.length === 1 ? '' : 's'}: worth a look, but nothing stops the build.\n`);
  }
}

function report(problems: ContentProblem[]): number {
  const sorted = new ContentError(problems).problems;
  print(sorted, 'error');
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
