/**
 * One pass over a `.md` body: parse it once, hold the tree to the allow-list (body-rules.ts) and,
 * only if it passes, derive what the rest of the build needs from the same tree — the HTML syntax
 * tree (hast) the page renders with React at build time (components/BodyContent.tsx), and the
 * plain text the search index reads. Markdown compiles to nothing and nothing of it is evaluated.
 * `.mdx` bodies take the same steps inside mdx-bundler instead (mdx-compile.ts).
 */
import type { Root as Hast } from 'hast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { plainText } from '../search/plain-text';
import type { MediaFile } from './assets';
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
  /** The images of the writeup's folder that its page shows, as the site serves them (media.ts). */
  media: MediaFile[];
};

/** What the link check can still learn from a body that breaks a rule: its headings and links. */
export type BodyOutline = Pick<BodyFacts, 'headingIds' | 'internalLinks' | 'sections' | 'citations' | 'claims' | 'events'>;

export type ProcessedBody = { problems: ContentProblem[]; outline?: BodyOutline } | { problems: []; facts: BodyFacts; tree: Hast };

/** Every heading gets a "#" link to itself (MDX bodies use the same step). */
export const headingAnchors: [typeof rehypeAutolinkHeadings, Parameters<typeof rehypeAutolinkHeadings>[0]] = [
  rehypeAutolinkHeadings,
  {
    behavior: 'append',
    properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
    content: { type: 'text', value: '#' },
  },
];

/** Markdown tree → HTML tree with heading ids and anchor links; `.md` keeps its raw HTML, which
 * the allow-list has limited to a few harmless elements. */
const markdownToHtml = unified()
  .use(liftBlocks)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSlug)
  .use(lazyImages)
  .use(...headingAnchors);

/**
 * Images in a writeup load as they scroll into view. (Eager ones would also make React hoist a
 * preload for each into <head>, which app/_render/detail-renderer.ts does not reproduce.)
 */
export function lazyImages() {
  const visit = (node: { type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[] }) => {
    if (node.type === 'element' && node.tagName === 'img') node.properties = { ...node.properties, loading: 'lazy' };
    node.children?.forEach((child) => visit(child as typeof node));
  };
  return visit;
}

export function processBody(file: BodySource): ProcessedBody {
  if (file.format !== 'md') throw new Error(`${file.sourcePath}: an .mdx body is compiled by mdx-compile.ts`);
  const parsed = parseBody(file);
  if ('problem' in parsed) return { problems: [parsed.problem] };
  const inspection = inspectTree(parsed.tree, file);
  const { headingIds, internalLinks, sections, citations, claims, events } = inspection;
  const outline: BodyOutline = { headingIds: [...headingIds], internalLinks, sections, citations, claims, events };
  if (inspection.problems.length > 0) return { problems: inspection.problems, outline };

  const facts: BodyFacts = { ...outline, ...plainText(parsed.tree), media: [] };
  const tree = withoutPositions(markdownToHtml.runSync(parsed.tree) as Hast);
  return { problems: [], facts, tree };
}

/** Positions are only for messages; the cached tree is a third of the size without them. */
function withoutPositions<T>(node: T): T {
  const n = node as { position?: unknown; children?: unknown[]; attributes?: unknown[] };
  delete n.position;
  n.children?.forEach(withoutPositions);
  n.attributes?.forEach(withoutPositions);
  return node;
}
