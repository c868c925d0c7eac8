'use client';
/**
 * /search/?q=…: the full results page. Its whole state (query and facets) lives in the URL, so a
 * result list can be shared and the back button steps through it. Each result shows its title,
 * type, date, failure classes and a snippet with the matched words marked. Results matching every
 * word come first, all of them; a note marks where those matching only some words begin, and
 * of those only the best PARTIAL_SHOWN are fetched, so a common word cannot pull in the whole store.
 */
import { useEffect, useState } from 'react';
import type { SearchDocument, SearchResult, Searcher } from '@/lib/search/client';
import { loadSearch } from '@/lib/search/load-search';
import { Highlighted } from './Highlighted';

const FACETS = ['type', 'class', 'org', 'year'] as const;
type Facet = (typeof FACETS)[number];
type State = { q: string } & Record<Facet, string>;

const PARTIAL_SHOWN = 50;

/** A result with its whole record: summary, classes and organisations. */
type Result = SearchResult<SearchDocument>;

const TYPE_LABELS: Record<string, string> = { incident: 'Incident', talk: 'Talk', 'failure-class': 'Failure class' };
const FACET_LABELS: Record<Facet, string> = { type: 'Type', class: 'Failure class', org: 'Organisation', year: 'Year' };

function readUrl(): State {
  const p = new URLSearchParams(window.location.search);
  return { q: p.get('q') ?? '', type: p.get('type') ?? '', class: p.get('class') ?? '', org: p.get('org') ?? '', year: p.get('year') ?? '' };
}

function toUrl(state: State): string {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const f of FACETS) if (state[f]) p.set(f, state[f]);
  const query = p.toString();
  return query ? `?${query}` : window.location.pathname;
}

function facetValues(result: Result, facet: Facet): string[] {
  const d = result.document;
  if (facet === 'type') return [d.type];
  if (facet === 'class') return d.classes;
  if (facet === 'org') return d.organizations;
  return d.date ? [d.date.slice(0, 4)] : [];
}

export function SearchPage({ indexUrl }: { indexUrl: string }) {
  const [state, setState] = useState<State | undefined>();
  const [searcher, setSearcher] = useState<Searcher>();
  const [highlight, setHighlight] = useState<typeof import('@/lib/search/client').highlight>();
  const [error, setError] = useState(false);

  useEffect(() => {
    const sync = () => setState(readUrl());
    sync();
    window.addEventListener('popstate', sync);
    loadSearch(indexUrl)
      .then((search) => {
        setHighlight(() => search.highlight);
        setSearcher(search.searcher);
      })
      .catch(() => setError(true));
    return () => window.removeEventListener('popstate', sync);
  }, [indexUrl]);

  const q = state?.q ?? '';
  const [all, setAll] = useState<Result[]>([]);
  useEffect(() => {
    let current = true;
    if (searcher) searcher.search(q, { partial: PARTIAL_SHOWN }).then(searcher.details).then((found) => current && setAll(found), () => current && setError(true));
    return () => {
      current = false;
    };
  }, [searcher, q]);
  const shown = state ? all.filter((r) => FACETS.every((f) => !state[f] || facetValues(r, f).includes(state[f]))) : [];
  const complete = shown.filter((r) => r.complete).length;

  function update(next: State, push: boolean) {
    setState(next);
    if (push) window.history.pushState(null, '', toUrl(next));
    else window.history.replaceState(null, '', toUrl(next));
  }

  if (!state) return null;
  const label = (facet: Facet, value: string) =>
    facet === 'type' ? TYPE_LABELS[value] : facet === 'class' ? (searcher?.classTitles[value] ?? value) : value;

  return (
    <div className="search-page">
      <form role="search" className="search-box search-box-large" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-page-q" className="visually-hidden">Search</label>
        <input
          id="search-page-q"
          type="search"
          value={state.q}
          autoComplete="off"
          placeholder="Search: router packet loss, retry storm…"
          onChange={(e) => update({ ...state, q: e.target.value }, false)}
        />
      </form>
      {error && <p role="alert">The search index could not be loaded. Try again, or browse instead.</p>}
      {!searcher && !error && <p className="count">Loading the search index…</p>}
      {searcher && highlight && state.q.trim() !== '' && (
        <div className="search-layout">
          <aside className="facets" aria-label="Narrow the results">
            {FACETS.map((facet) => {
              const counts = new Map<string, number>();
              for (const r of all) for (const v of facetValues(r, facet)) counts.set(v, (counts.get(v) ?? 0) + 1);
              if (counts.size === 0) return null;
              const values = [...counts].sort((a, b) => (facet === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0])));
              return (
                <fieldset key={facet} className="facet">
                  <legend>{FACET_LABELS[facet]}</legend>
                  {values.map(([value, n]) => (
                    <label key={value} className="facet-option">
                      <input
                        type="checkbox"
                        name={facet}
                        checked={state[facet] === value}
                        onChange={(e) => update({ ...state, [facet]: e.target.checked ? value : '' }, true)}
                      />{' '}
                      {label(facet, value)} <span className="count">({n})</span>
                    </label>
                  ))}
                </fieldset>
              );
            })}
          </aside>
          <section aria-labelledby="results-heading">
            <h2 id="results-heading" className="count" role="status">
              {shown.length} result{shown.length === 1 ? '' : 's'} for “{state.q}”
              {complete < shown.length ? `, ${complete} matching every word` : ''}
            </h2>
            <ol className="entry-list" data-testid="search-results">
              {shown.map((r, i) => (
                <li key={r.document.url} className="entry">
                  {i === complete && <p className="partial-note">Matching some of your words:</p>}
                  <h3 className="entry-title">
                    <a href={r.document.url}>
                      <Highlighted segments={highlight(r.document.title, r.matched)} />
                    </a>
                  </h3>
                  <p className="entry-meta">
                    {TYPE_LABELS[r.document.type]}
                    {r.document.brief ? ' brief' : ''}
                    {r.document.date ? ` · ${r.document.date}` : ''}
                    {r.document.organizations.length ? ` · ${r.document.organizations.join(', ')}` : ''}
                  </p>
                  <p className="entry-summary">
                    <Highlighted segments={highlight(r.document.summary, r.matched)} />
                  </p>
                  <ul className="tags" aria-label="Failure classes">
                    {r.document.classes.map((c) => (
                      <li key={c}><a className="tag" href={`/failure-classes/${c}/`}>{searcher.classTitles[c] ?? c}</a></li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </section>
        </div>
      )}
    </div>
  );
}
