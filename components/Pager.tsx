/** Previous (older) and next (newer) entries by date. */
export function Pager({ previous, next }: { previous?: { url: string; title: string }; next?: { url: string; title: string } }) {
  if (!previous && !next) return null;
  return (
    <nav className="pager" aria-label="Older and newer">
      {previous && (
        <a className="previous" href={previous.url} rel="prev">
          ← Older: {previous.title}
        </a>
      )}
      {next && (
        <a className="next" href={next.url} rel="next">
          Newer: {next.title} →
        </a>
      )}
    </nav>
  );
}
