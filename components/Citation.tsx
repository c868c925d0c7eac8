/**
 * Citations as a reader meets them: a numbered superscript link to the source's entry in the
 * facts box (SourceList), which links back to every place that cites it. The number is the
 * source's place in the list, so the same source has the same number wherever it is cited.
 */
import type { Element, Root, RootContent } from 'hast';
import { Fragment } from 'react';
import type { CitationRef } from '@/lib/content/citations';

export type CitableSource = { id?: string; title: string };

export const sourceAnchor = (id: string) => `source-${id}`;
export const citationAnchor = (id: string, occurrence: number) => `cite-${id}-${occurrence}`;

/** A <cite-ref> of the body's tree (lib/content/citations.ts); `refs` is its JSON list. */
export function Citation({ refs, sources }: { refs: string; sources: CitableSource[] }) {
  const cited = JSON.parse(refs) as CitationRef[];
  return (
    <sup className="citation">
      [
      {cited.map((ref, i) => {
        const number = sources.findIndex((s) => s.id === ref.id) + 1;
        const locator = ref.locator ? `, ${ref.locator}` : '';
        return (
          <Fragment key={i}>
            {i > 0 && '; '}
            <a href={`#${sourceAnchor(ref.id)}`} id={citationAnchor(ref.id, ref.occurrence)} aria-label={`Source ${number}: ${sources[number - 1]?.title ?? ref.id}${locator}`}>
              {number}
              {locator}
            </a>
          </Fragment>
        );
      })}
      ]
    </sup>
  );
}

/** How many times the body cites each source, for the back-links. */
export function citationCounts(tree: Root): Map<string, number> {
  const counts = new Map<string, number>();
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element' && (node as Element).tagName === 'cite-ref') {
      for (const ref of JSON.parse(String(node.properties.refs)) as CitationRef[]) counts.set(ref.id, Math.max(counts.get(ref.id) ?? 0, ref.occurrence));
    }
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return counts;
}
