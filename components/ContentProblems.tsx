/**
 * Content problems in `npm run dev`, as `npm run check` prints them (`path:line:col  rule  message`):
 * the page of a file that has some, and the notice every page carries while any file has one.
 * A build stops on them instead, so neither is ever in the site.
 */
import { formatProblem, type ContentProblem } from '@/lib/content/problems';

function ProblemLines({ problems }: { problems: ContentProblem[] }) {
  return (
    <ul className="problem-lines">
      {problems.map((p, i) => (
        <li key={i}>
          <code>{formatProblem(p)}</code>
        </li>
      ))}
    </ul>
  );
}

/** What a file's page shows in place of its writeup until its problems are fixed. */
export function ContentProblemsPage({ problems }: { problems: ContentProblem[] }) {
  return (
    <article>
      <h1>Content problems in {[...new Set(problems.map((p) => p.file))].join(', ')}</h1>
      <p>The file is left out of the preview until they are fixed: fix them, save, and reload.</p>
      <ProblemLines problems={problems} />
    </article>
  );
}

export function ContentProblemsNotice({ problems }: { problems: ContentProblem[] }) {
  const count = `${problems.length} content problem${problems.length === 1 ? '' : 's'}`;
  return (
    <aside className="content-problems" aria-label={count}>
      <details open>
        <summary>
          <strong>{count}</strong> — the files with problems are left out of this preview, and a build stops
          on them.
        </summary>
        <ProblemLines problems={problems} />
      </details>
    </aside>
  );
}
