/** The searchable text of a body: prose with its headings, and code apart (it is weighted low). */
import type { Nodes, Root } from 'mdast';

/** Read from the body's Markdown syntax tree (lib/content/body.ts parses each body once). */
export function plainText(tree: Root): { text: string; code: string } {
  const text: string[] = [];
  const code: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'code') code.push(node.value);
    else if (node.type === 'inlineCode' || node.type === 'text') text.push(node.value);
    else if ('children' in node) {
      for (const child of node.children) walk(child as Nodes);
      // Block boundaries are word boundaries.
      if (node.type !== 'emphasis' && node.type !== 'strong' && node.type !== 'link') text.push('\n');
    }
  };
  walk(tree);
  return { text: text.join(' ').replace(/[ \t]*\n[\s]*/g, '\n').trim(), code: code.join('\n') };
}
