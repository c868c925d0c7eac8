import { citationAnchor, sourceAnchor } from './Citation';

type Source = { id?: string; title: string; url: string; kind?: string; archived?: string };

/**
 * Links to sources, numbered as the body's citations number them, each with its kind
 * (postmortem, status page, paper…) when it has one, its archived copy beside it when it has one
 * (for the day the page moves or dies), and links back to where the body cites it.
 */
export function SourceList({ links, citations }: { links: Source[]; citations?: Map<string, number> }) {
  return (
    <ol className="sources">
      {links.map((link) => (
        <li key={link.url} id={link.id ? sourceAnchor(link.id) : undefined}>
          <a href={link.url} rel="external noopener">{link.title}</a>
          {link.kind && <span className="source-kind"> ({link.kind.replace('-', ' ')})</span>}
          {link.archived && (
            <>
              {' · '}
              <a className="archived" href={link.archived} rel="external noopener" aria-label={`Archived copy: ${link.title}`}>archived copy</a>
            </>
          )}
          {link.id && <BackLinks id={link.id} count={citations?.get(link.id) ?? 0} />}
        </li>
      ))}
    </ol>
  );
}

/** 0 → "a", 25 → "z", 26 → "aa": a back-link's mark, as Wikipedia numbers them. */
const letters = (n: number): string => (n < 26 ? String.fromCharCode(97 + n) : letters(Math.floor(n / 26) - 1) + letters(n % 26));

/** "↑" back to the one place that cites a source, or "↑ a b c" to each of several, as Wikipedia does. */
function BackLinks({ id, count }: { id: string; count: number }) {
  if (count === 0) return null;
  const label = (n: number) => `Back to citation ${n}${count > 1 ? ` of ${count}` : ''}`;
  if (count === 1) {
    return (
      <> <a className="backlink" href={`#${citationAnchor(id, 1)}`} aria-label={label(1)}>↑</a></>
    );
  }
  return (
    <span className="backlinks">
      {' ↑'}
      {Array.from({ length: count }, (_, i) => (
        <a key={i} className="backlink" href={`#${citationAnchor(id, i + 1)}`} aria-label={label(i + 1)}>
          {letters(i)}
        </a>
      ))}
    </span>
  );
}
