/**
 * The statements of an incident's body that must cite a source (check-citations.ts): each timeline
 * event (an <Event>, or an item of a plain list under Timeline) and each paragraph and list item
 * under Root cause and Impact. A paragraph that only holds a block component (a one-line
 * <Callout>) is not one.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isCitation, malformedCitation } from './citations';
import { isBlankText } from './blank-text';

export type Claim = { section: string; what: 'timeline event' | 'paragraph' | 'list item'; line: number; column: number; cited: boolean };

const CITED_SECTIONS = ['root cause', 'impact'];


/** Whether a statement cites a source; a malformed citation counts, as its own message names it. */
function cites(node: Nodes): boolean {
  return isCitation(node as { type: string }) || !!malformedCitation(node) || ('children' in node && (node.children as Nodes[]).some(cites));
}

export function claimsOf(tree: Root): Claim[] {
  const claims: Claim[] = [];
  let section = '';
  const claim = (node: Nodes, what: Claim['what']) => {
    const at = node.position?.start ?? { line: 1, column: 1 };
    claims.push({ section, what, line: at.line, column: at.column, cited: cites(node) });
  };
  const events = (node: Nodes) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Event') claim(node, 'timeline event');
    else if ('children' in node) (node.children as Nodes[]).forEach(events);
  };
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) section = node.depth === 2 ? toString(node).trim() : '';
    else if (section.toLowerCase() === 'timeline') {
      if (node.type === 'list') node.children.forEach((item) => claim(item, 'list item'));
      else events(node);
    } else if (CITED_SECTIONS.includes(section.toLowerCase())) {
      if (node.type === 'list') node.children.forEach((item) => claim(item, 'list item'));
      else if (node.type === 'paragraph' && node.children.some((c) => !isBlankText(c) && c.type !== 'mdxJsxTextElement')) claim(node, 'paragraph');
    }
  }
  return claims;
}
