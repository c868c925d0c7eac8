/**
 * A block component written on one line (`<Callout kind="lesson">Text.</Callout>`) is, to
 * Markdown, an inline element in a paragraph, and would render as `<p><aside>…</aside></p>`:
 * invalid HTML that browsers repair by splitting the paragraph, which breaks hydration in dev and
 * leaves empty paragraphs in the page. This remark step makes such a paragraph the block itself,
 * with its text as the block's paragraph. (The check refuses a block inside a paragraph of text.)
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { ALLOWED_COMPONENTS } from './mdx-allow-list';
import { isBlankText } from './blank-text';

type MdxJsxFlowElement = Extract<RootContent, { type: 'mdxJsxFlowElement' }>;
type MdxJsxTextElement = Extract<PhrasingContent, { type: 'mdxJsxTextElement' }>;

const isBlock = (node: PhrasingContent): node is MdxJsxTextElement =>
  node.type === 'mdxJsxTextElement' && !!node.name && ALLOWED_COMPONENTS[node.name]?.block === true;


function lifted(paragraph: Paragraph): MdxJsxFlowElement | undefined {
  const content = paragraph.children.filter((child) => !isBlankText(child));
  if (content.length !== 1 || !isBlock(content[0])) return undefined;
  const element = content[0];
  const text = element.children.filter((child) => !isBlankText(child));
  const children: MdxJsxFlowElement['children'] =
    element.name === 'Timeline' || text.length === 0 ? (text as MdxJsxFlowElement['children']) : [{ type: 'paragraph', children: element.children }];
  return { ...element, type: 'mdxJsxFlowElement', children };
}

/**
 * MDX's compiler (mdx-compile.ts) has already taken such a paragraph apart, leaving the block with
 * its text directly inside: the text gets its paragraph back, as it does from `lifted`.
 */
function withParagraph(element: MdxJsxFlowElement): MdxJsxFlowElement {
  const text = element.children.filter((child) => !isBlankText(child as PhrasingContent));
  const phrasing = text.length > 0 && text.every((child) => isPhrasing(child as RootContent));
  if (!phrasing || element.name === 'Timeline' || !element.name || ALLOWED_COMPONENTS[element.name]?.block !== true) return element;
  return { ...element, children: [{ type: 'paragraph', children: element.children as PhrasingContent[] }] };
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'link', 'linkReference', 'image', 'imageReference', 'break', 'footnoteReference', 'mdxJsxTextElement', 'citation', 'html']);
const isPhrasing = (node: RootContent) => PHRASING.has(node.type);

function lift(node: Root | RootContent): void {
  if (!('children' in node)) return;
  const children = node.children as RootContent[];
  children.forEach((child, i) => {
    const block = child.type === 'paragraph' ? lifted(child) : child.type === 'mdxJsxFlowElement' ? withParagraph(child) : undefined;
    if (block) children[i] = block;
    lift(children[i]);
  });
}

export function liftBlocks() {
  return (tree: Root) => lift(tree);
}
