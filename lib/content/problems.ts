/** A content problem with its place, and the error that carries every problem of a run. */

export type ContentProblem = {
  /** Path relative to the working directory, as a contributor would type it. */
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
};

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.rule}  ${p.message}`;
}

/**
 * A problem as a GitHub Actions workflow command, so that it shows on the line of the pull
 * request's diff: `::error file=…,line=…,col=…,title=rule::message`.
 */
export function formatAnnotation(p: ContentProblem, level: 'error' | 'warning'): string {
  const data = (v: string) => v.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (v: string) => data(v).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${level} file=${property(p.file)},line=${p.line},col=${p.column},title=${property(p.rule)}::${data(p.message)}`;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    const sorted = [...problems].sort(
      (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
    );
    super(
      `${sorted.length} content problem${sorted.length === 1 ? '' : 's'}:\n` +
        sorted.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = sorted;
  }
}
