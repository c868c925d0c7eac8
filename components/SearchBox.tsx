/** The search form: a plain GET to /search/, so it works before (and without) any script. */
export function SearchBox({ id, large = false }: { id: string; large?: boolean }) {
  return (
    <form action="/search/" method="get" role="search" className={large ? 'search-box search-box-large' : 'search-box'}>
      <label htmlFor={id} className="visually-hidden">
        Search incidents, talks and failure classes
      </label>
      <input id={id} name="q" type="search" placeholder="Search: router packet loss, retry storm…" autoComplete="off" />
      <button type="submit">Search</button>
    </form>
  );
}
