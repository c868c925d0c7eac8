import type { Corpus } from '@/lib/content';
import { taggedWith } from '@/lib/content/taxonomy';

/** The taxonomy at a glance: each failure class with its definition and how many incidents show it. */
export function ClassGrid({ corpus }: { corpus: Corpus }) {
  return (
    <ul className="class-grid">
      {corpus.failureClasses.map((c) => {
        const n = taggedWith(corpus, c.id).incidents.length;
        return (
          <li key={c.id}>
            <a href={c.url}>
              <strong>{c.title}</strong>
              <span className="count">
                {n} incident{n === 1 ? '' : 's'}
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
