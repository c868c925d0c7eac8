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
