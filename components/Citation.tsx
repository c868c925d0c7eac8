/**
 * Citations as a reader meets them: a numbered superscript link to the source's entry in the
 * facts box (SourceList), which links back to every place that cites it. The number is the
 * source's place in the list, so the same source has the same number wherever it is cited.
 */
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

/** How many times a body cites each source (its citations as body.ts records them), for the back-links. */
export function citationCounts(citations: readonly { id: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { id } of citations) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
