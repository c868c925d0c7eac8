/**
 * One pass over an entry's body: parse it once (MDX, or Markdown for `.md`), hold the tree to the
 * allow-list (body-rules.ts) and, only if it passes, derive what the rest of the build needs from
 * the same tree — the HTML syntax tree (hast) the page renders with React at build time
 * (components/BodyContent.tsx), and the plain text the search index reads.
 *
 * Nothing is compiled to JavaScript and nothing from a file is ever evaluated: the allow-list
 * already forbids imports and expressions, so an MDX body is Markdown plus allow-listed components
 * with literal props, and the tree is all there is to render. (mdx-bundler, which this replaced,
 * spent ~12 ms a file bundling code that could import nothing; this pass takes ~6 ms.)
 */
import type { Root as Hast } from 'hast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { plainText } from '../search/plain-text';
import { inspectTree, parseBody, type BodySource, type CitedAt, type InternalLink } from './body-rules';
import type { Claim } from './claims';
import { liftBlocks } from './lift-blocks';
import type { TimelineEvent } from './timeline';
import type { ContentProblem } from './problems';

/** What the cross-file checks and the search index read about a body. */
export type BodyFacts = {
  headingIds: string[];
  internalLinks: InternalLink[];
  sections: string[];
  citations: CitedAt[];
  claims: Claim[];
  events: TimelineEvent[];
  text: string;
  code: string;
};

/** What the link check can still learn from a body that breaks a rule: its headings and links. */
export type BodyOutline = Pick<BodyFacts, 'headingIds' | 'internalLinks' | 'sections' | 'citations' | 'claims' | 'events'>;

export type ProcessedBody = { problems: ContentProblem[]; outline?: BodyOutline } | { problems: []; facts: BodyFacts; tree: Hast };

/** Node types that pass from Markdown to HTML untouched; MDX expressions and ESM never get here. */
const MDX_JSX = ['mdxJsxFlowElement', 'mdxJsxTextElement'] as const;

/** Markdown tree → HTML tree with heading ids and anchor links; `.md` keeps its raw HTML, which
 * the allow-list has limited to a few harmless elements. */
function htmlPipeline(format: 'md' | 'mdx') {
  const processor = unified().use(liftBlocks).use(remarkRehype, format === 'md' ? { allowDangerousHtml: true } : { passThrough: [...MDX_JSX] });
  if (format === 'md') processor.use(rehypeRaw);
  return processor.use(rehypeSlug).use(lazyImages).use(rehypeAutolinkHeadings, {
    behavior: 'append',
    properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
    content: { type: 'text', value: '#' },
  });
}

/**
 * Images in a writeup load as they scroll into view. (Eager ones would also make React hoist a
 * preload for each into <head>, which lib/outputs/detail-renderer.ts does not reproduce.)
 */
function lazyImages() {
  const visit = (node: { type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[] }) => {
    if (node.type === 'element' && node.tagName === 'img') node.properties = { ...node.properties, loading: 'lazy' };
    node.children?.forEach((child) => visit(child as typeof node));
  };
  return visit;
}

const pipelines = { md: htmlPipeline('md'), mdx: htmlPipeline('mdx') };

export function processBody(file: BodySource): ProcessedBody {
  const parsed = parseBody(file);
  if ('problem' in parsed) return { problems: [parsed.problem] };
  const inspection = inspectTree(parsed.tree, file);
  const { headingIds, internalLinks, sections, citations, claims, events } = inspection;
  const outline: BodyOutline = { headingIds: [...headingIds], internalLinks, sections, citations, claims, events };
  if (inspection.problems.length > 0) return { problems: inspection.problems, outline };

  const facts: BodyFacts = { ...outline, ...plainText(parsed.tree) };
  const tree = asElements(withoutPositions(pipelines[file.format].runSync(parsed.tree) as Hast));
  return { problems: [], facts, tree };
}

type JsxNode = { type: string; name?: string | null; attributes?: { name: string; value: string }[]; children?: JsxNode[] };

/**
 * Components become plain elements named after them, their literal props properties, so that
 * rendering looks names up in the component map and never needs to evaluate anything.
 */
function asElements<T>(node: T): T {
  const n = node as JsxNode & { tagName?: string; properties?: Record<string, string> };
  if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
    n.type = 'element';
    n.tagName = n.name!;
    n.properties = Object.fromEntries((n.attributes ?? []).map((a) => [a.name, a.value]));
    delete n.name;
    delete n.attributes;
  }
  n.children?.forEach(asElements);
  return node;
}

/** Positions are only for messages; the cached tree is a third of the size without them. */
function withoutPositions<T>(node: T): T {
  const n = node as { position?: unknown; children?: unknown[]; attributes?: unknown[] };
  delete n.position;
  n.children?.forEach(withoutPositions);
  n.attributes?.forEach(withoutPositions);
  return node;
}
