'use client';
/**
 * Narrowing the incident list by failure class, organisation and year. The server renders the list
 * page by page (it reads without JavaScript; the class, organisation and year pages narrow it there).
 * With JavaScript the choice narrows instantly over every incident, fetched once as compact cards
 * when a reader first filters, and lives in the URL (?class=gray-failure&org=…&year=2011&depth=writeup).
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { IncidentCard } from '@/lib/content/cards';
import { IncidentList } from './IncidentList';

type Option = { value: string; label: string };
type Filters = { class: string; org: string; year: string; depth: string };
const KEYS = ['class', 'org', 'year', 'depth'] as const;
const NONE: Filters = { class: '', org: '', year: '', depth: '' };
const DEPTHS: Option[] = [
  { value: 'writeup', label: 'Full writeups' },
  { value: 'brief', label: 'Briefs' },
];
const SHOWN = 100;

function readUrl(): Filters {
  const params = new URLSearchParams(window.location.search);
  return { class: params.get('class') ?? '', org: params.get('org') ?? '', year: params.get('year') ?? '', depth: params.get('depth') ?? '' };
}

function matches(incident: IncidentCard, f: Filters): boolean {
  return (
    (!f.class || incident.classes.some((c) => c.id === f.class)) &&
    (!f.org || incident.organizations.some((o) => o.slug === f.org)) &&
    (!f.year || incident.date.startsWith(`${f.year}-`)) &&
    (!f.depth || (f.depth === 'brief') === Boolean(incident.brief))
  );
}

let cards: Promise<IncidentCard[]> | undefined;
function loadCards(url: string): Promise<IncidentCard[]> {
  cards ??= fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))));
  return cards;
}

export function IncidentBrowser(props: {
  total: number;
  /** How many of them are briefs (lib/content/depth.ts). */
  briefs: number;
  cardsUrl: string;
  classes: Option[];
  organizations: Option[];
  years: Option[];
  children: ReactNode;
}) {
  const [filters, setFilters] = useState<Filters>(NONE);
  const [all, setAll] = useState<IncidentCard[]>();
  const [failed, setFailed] = useState(false);
  /** How many matches are rendered: a page's worth at a time keeps a 10,000-incident list light. */
  const [limit, setLimit] = useState(SHOWN);
  // The selects only work with JavaScript; without it the page offers links to browse instead.
  const [interactive, setInteractive] = useState(false);
  const filtering = Boolean(filters.class || filters.org || filters.year || filters.depth);

  useEffect(() => {
    setInteractive(true);
    const sync = () => {
      setFilters(readUrl());
      setLimit(SHOWN);
    };
    sync();
    window.addEventListener('popstate', sync);
    return () => window.removeEventListener('popstate', sync);
  }, []);

  useEffect(() => {
    if (filtering && !all) loadCards(props.cardsUrl).then(setAll, () => setFailed(true));
  }, [filtering, all, props.cardsUrl]);

  function apply(next: Filters) {
    setFilters(next);
    setLimit(SHOWN);
    const params = new URLSearchParams();
    for (const k of KEYS) if (next[k]) params.set(k, next[k]);
    const query = params.toString();
    window.history.pushState(null, '', query ? `?${query}` : window.location.pathname);
  }

  const select = (key: keyof Filters, label: string, options: Option[]) => (
    <div className="filter">
      <label htmlFor={`filter-${key}`}>{label}</label>
      <select id={`filter-${key}`} name={key} value={filters[key]} onChange={(e) => apply({ ...filters, [key]: e.target.value })}>
        <option value="">All</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  const shown = filtering && all ? all.filter((i) => matches(i, filters)) : undefined;
  return (
    <>
      <form className="filters" aria-label="Narrow the list" hidden={!interactive} onSubmit={(e) => e.preventDefault()}>
        {select('class', 'Failure class', props.classes)}
        {select('org', 'Organisation', props.organizations)}
        {select('year', 'Year', props.years)}
        {select('depth', 'Depth', DEPTHS)}
        {filtering && (
          <button type="button" onClick={() => apply(NONE)}>
            Clear
          </button>
        )}
      </form>
      <p className="count" role="status" data-testid="incident-count">
        {failed
          ? 'The list could not be narrowed; use the links above.'
          : shown
            ? `${shown.length} of ${props.total} incidents${shown.length > limit ? ` (the newest ${limit} shown)` : ''}`
            : filtering
              ? 'Narrowing…'
              : `${props.total} incidents: ${props.total - props.briefs} full writeups, ${props.briefs} brief${props.briefs === 1 ? '' : 's'}`}
      </p>
      {shown ? (
        <>
          <IncidentList incidents={shown.slice(0, limit)} headingLevel={2} />
          {shown.length > limit && (
            <button type="button" className="show-more" onClick={() => setLimit(limit + SHOWN)}>
              Show {Math.min(SHOWN, shown.length - limit)} more
            </button>
          )}
        </>
      ) : filtering ? null : (
        props.children
      )}
    </>
  );
}
