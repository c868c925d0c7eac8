/** The searchable text of a body: prose with its headings, and code apart (it is weighted low). */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const md = unified().use(remarkParse).use(remarkGfm);

export function plainText(body: string, format: 'md' | 'mdx'): { text: string; code: string } {
  const tree = (format === 'mdx' ? mdx : md).parse(body) as Root;
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
