import { pagePath } from '@/lib/content/paginate';

/** Previous/next and a few page numbers around the current one. */
export function Pagination({ base, page, pages }: { base: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 && <a href={pagePath(base, page - 1)} rel="prev">← Newer</a>}
      <ol>
        {shown.map((n, i) => (
          <li key={n}>
            {i > 0 && n - shown[i - 1] > 1 && <span aria-hidden="true">… </span>}
            {n === page ? <span aria-current="page">{n}</span> : <a href={pagePath(base, n)}>{n}</a>}
          </li>
        ))}
      </ol>
      {page < pages && <a href={pagePath(base, page + 1)} rel="next">Older →</a>}
    </nav>
  );
}
