/**
 * Splits a content file into YAML front matter and body, and maps any front-matter path back to
 * its line and column. Only YAML is accepted: gray-matter's `---js` front matter is evaluated as
 * code, so any other language marker is refused before anything is parsed.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export type Position = { line: number; column: number };

export type FrontMatterProblem = Position & { rule: string; message: string };

export type SplitFile = {
  data: unknown;
  /**
   * The body with its original line numbers: blank lines stand in for the front matter. Undefined
   * when the front matter's end cannot be found, so neither can the body's start.
   */
  body: string | undefined;
  problems: FrontMatterProblem[];
  /**
   * Where a front-matter field's value (or, with atKey, its name) is written; for a missing field,
   * the nearest parent that exists.
   */
  locate(path: readonly PropertyKey[], atKey?: boolean): Position;
};

const FENCE = /^---[ \t]*$/;

export function splitFrontMatter(raw: string): SplitFile {
  // An editor on Windows may add a BOM and CRLF line endings; neither changes line numbers.
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const top: Position = { line: 1, column: 1 };
  const fail = (problem: FrontMatterProblem): SplitFile => ({
    data: undefined,
    body: undefined,
    problems: [{ ...problem, message: `${problem.message}; the body is not checked until the front matter parses` }],
    locate: () => top,
  });

  if (/^---\s*\S/.test(lines[0] ?? '')) {
    return fail({
      ...top,
      rule: 'front-matter-language',
      message: `front matter must be plain YAML between "---" lines; "${lines[0].trim()}" is refused (it would run as code)`,
    });
  }
  if (!FENCE.test(lines[0] ?? '')) {
    return fail({ ...top, rule: 'front-matter-missing', message: 'the file must start with YAML front matter between "---" lines' });
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close < 0) {
    return fail({ ...top, rule: 'front-matter-unclosed', message: 'the front matter has no closing "---" line' });
  }

  const lineCounter = new LineCounter();
  const yamlText = lines.slice(1, close).join('\n');
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // Front matter starts on the file's second line.
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + 1, column: col };
  };
  const problems: FrontMatterProblem[] = [...doc.errors, ...doc.warnings].map((e) => ({
    ...at(e.pos[0]),
    rule: 'yaml',
    message: e.message.split('\n')[0],
  }));
  let data: unknown;
  if (problems.length === 0) {
    try {
      // The alias limit stops "billion laughs" front matter from expanding without bound.
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      problems.push({ line: 2, column: 1, rule: 'yaml', message: error instanceof Error ? error.message : String(error) });
    }
  }
  if (problems.length === 0 && (data === null || typeof data !== 'object' || Array.isArray(data))) {
    problems.push({ line: 2, column: 1, rule: 'yaml', message: 'front matter must be a mapping of field: value' });
  }

  const body = '\n'.repeat(close + 1) + lines.slice(close + 1).join('\n');
  return { data, body, problems, locate: (path, atKey) => locateIn(doc, path, at, atKey) };
}

function locateIn(
  doc: Document,
  path: readonly PropertyKey[],
  at: (offset: number) => Position,
  atKey = false,
): Position {
  let node: unknown = doc.contents;
  let best: Position = { line: 2, column: 1 };
  for (const [i, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
      if (!pair) break;
      const key = pair.key as Node;
      if (key.range) best = at(key.range[0]);
      if (atKey && i === path.length - 1) return best;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      break;
    }
    const range = (node as Node | undefined)?.range;
    if (range) best = at(range[0]);
  }
  return best;
}
