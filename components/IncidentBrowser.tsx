'use client';
/**
 * The incident list with instant narrowing by failure class, organisation and year. The server
 * renders the whole list (so it reads without JavaScript); the choice lives in the URL
 * (?class=gray-failure&org=…&year=2011) so that it can be shared and the back button works.
 */
import { useEffect, useState } from 'react';
import type { IncidentCard } from '@/lib/content/cards';
import { IncidentList } from './IncidentList';

type Option = { value: string; label: string };
type Filters = { class: string; org: string; year: string };
const KEYS = ['class', 'org', 'year'] as const;
const NONE: Filters = { class: '', org: '', year: '' };

function readUrl(): Filters {
  const params = new URLSearchParams(window.location.search);
  return { class: params.get('class') ?? '', org: params.get('org') ?? '', year: params.get('year') ?? '' };
}

function matches(incident: IncidentCard, f: Filters): boolean {
  return (
    (!f.class || incident.classes.some((c) => c.id === f.class)) &&
    (!f.org || incident.organizations.some((o) => o.slug === f.org)) &&
    (!f.year || incident.date.startsWith(`${f.year}-`))
  );
}

export function IncidentBrowser(props: {
  incidents: IncidentCard[];
  classes: Option[];
  organizations: Option[];
  years: Option[];
}) {
  const [filters, setFilters] = useState<Filters>(NONE);
  // The selects only work with JavaScript; without it the page offers links to browse instead.
  const [interactive, setInteractive] = useState(false);

  useEffect(() => {
    setInteractive(true);
    const sync = () => setFilters(readUrl());
    sync();
    window.addEventListener('popstate', sync);
    return () => window.removeEventListener('popstate', sync);
  }, []);

  function apply(next: Filters) {
    setFilters(next);
    const params = new URLSearchParams();
    for (const k of KEYS) if (next[k]) params.set(k, next[k]);
    const query = params.toString();
    window.history.pushState(null, '', query ? `?${query}` : window.location.pathname);
  }

  const shown = props.incidents.filter((i) => matches(i, filters));
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

  return (
    <>
      <form className="filters" aria-label="Narrow the list" hidden={!interactive} onSubmit={(e) => e.preventDefault()}>
        {select('class', 'Failure class', props.classes)}
        {select('org', 'Organisation', props.organizations)}
        {select('year', 'Year', props.years)}
        {(filters.class || filters.org || filters.year) && (
          <button type="button" onClick={() => apply(NONE)}>
            Clear
          </button>
        )}
      </form>
      <p className="count" role="status" data-testid="incident-count">
        {shown.length} of {props.incidents.length} incidents
      </p>
      <IncidentList incidents={shown} headingLevel={2} />
    </>
  );
}
