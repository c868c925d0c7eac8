/**
 * Citations in a body, Pandoc style: `[@aws-summary]`, `[@sec-order, ¶17]`, `[@a; @b, p. 4]`. They
 * read naturally in raw Markdown, need no component (so `.md` and `.mdx` alike), and a parser that
 * does not know them leaves them as the text they are.
 *
 * Right after parsing, each citation in the text becomes a `citation` node of the Markdown tree;
 * it reaches the HTML tree as a <cite-ref> element whose `refs` property lists the sources cited,
 * each with its locator and its occurrence (the 1st, 2nd… citation of that source in the body),
 * which the page turns into numbered links and the source list into back-links
 * (components/Citation.tsx). The check resolves the ids against the front matter (validate.ts).
 */
import type { Nodes, Root } from 'mdast';

export type CitationRef = { id: string; locator?: string; occurrence: number };

/** The `citation` node this module adds to the Markdown tree. */
export type CitationNode = {
  type: 'citation';
  refs: CitationRef[];
  position?: Nodes['position'];
  data: { hName: 'cite-ref'; hProperties: { refs: string } };
};

const BRACKETED = /\[@[^\]\n]*\]/g;
const ONE_REF = /^@([a-z0-9]+(?:-[a-z0-9]+)*)(?:\s*,\s*(\S[^]*?))?\s*$/;

/** The references of `[@a, loc; @b]`, or undefined when it is not written as a citation. */
function parseRefs(bracketed: string): Omit<CitationRef, 'occurrence'>[] | undefined {
  const parts = bracketed.slice(1, -1).split(';').map((p) => ONE_REF.exec(p.trim()));
  if (parts.some((p) => !p)) return undefined;
  return parts.map((p) => ({ id: p![1], ...(p![2] ? { locator: p![2] } : {}) }));
}

type Place = { line: number; column: number; offset?: number };

/** Where `index` characters into a text node falls, counting its line breaks. */
function placeIn(value: string, start: Place, index: number): Place {
  const before = value.slice(0, index);
  const lines = before.split('\n');
  return lines.length === 1
    ? { line: start.line, column: start.column + index }
    : { line: start.line + lines.length - 1, column: lines.at(-1)!.length + 1 };
}

/**
 * Replaces each well-formed citation in the tree's text with a citation node, in place. What
 * looks like one but is not well formed (`[@ AWS]`, `[@Aws]`) stays text; inspectTree reports it.
 */
export function addCitations(tree: Root): void {
  const seen = new Map<string, number>();
  const visit = (node: Nodes) => {
    if (!('children' in node) || node.type === 'link' || node.type === 'linkReference') return;
    const children: Nodes[] = [];
    for (const child of node.children as Nodes[]) {
      if (child.type !== 'text' || !child.value.includes('[@')) {
        visit(child);
        children.push(child);
        continue;
      }
      const start = child.position?.start;
      let last = 0;
      for (const match of child.value.matchAll(BRACKETED)) {
        const parsed = parseRefs(match[0]);
        if (!parsed) continue;
        // "text [@id]." reads well in Markdown; on the page the mark sits on the word: "text[1]."
        const before = child.value.slice(last, match.index).replace(/[ \t]+$/, '');
        if (before) children.push({ type: 'text', value: before });
        const refs = parsed.map((ref) => {
          const occurrence = (seen.get(ref.id) ?? 0) + 1;
          seen.set(ref.id, occurrence);
          return { ...ref, occurrence };
        });
        const at = start && placeIn(child.value, start, match.index);
        const citation: CitationNode = {
          type: 'citation',
          refs,
          ...(at ? { position: { start: at, end: at } } : {}),
          data: { hName: 'cite-ref', hProperties: { refs: JSON.stringify(refs) } },
        };
        children.push(citation as unknown as Nodes);
        last = match.index + match[0].length;
      }
      if (last === 0) children.push(child);
      else if (last < child.value.length) children.push({ type: 'text', value: child.value.slice(last) });
    }
    (node as { children: Nodes[] }).children = children;
  };
  visit(tree);
}

/** Text that starts like a citation but is not one: "[@" left in a text node after addCitations. */
export function malformedCitation(node: Nodes): string | undefined {
  if (node.type !== 'text') return undefined;
  return node.value.match(BRACKETED)?.[0];
}

export function isCitation(node: { type: string }): node is CitationNode {
  return node.type === 'citation';
}
