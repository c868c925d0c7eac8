'use client';
/**
 * The search box: a plain GET form to /search/ (so it works without JavaScript), enhanced into a
 * combobox with results as you type. The search code and index load only on intent: focus, "/",
 * or Ctrl/⌘-K (the header box listens for those). ↑/↓ move, Enter opens, Esc closes.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchResult } from '@/lib/search/client';
import { loadSearch, type LoadedSearch } from '@/lib/search/load-search';
import { Highlighted } from './Highlighted';

const TYPE_LABELS = { incident: 'Incident', talk: 'Talk', 'failure-class': 'Failure class' } as const;
const DEBOUNCE_MS = 60;
const SHOWN = 8;


export function SearchBox({ id, indexUrl, large = false, shortcuts = false }: { id: string; indexUrl: string; large?: boolean; shortcuts?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const loaded = useRef<Promise<LoadedSearch> | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Answers may arrive out of order; only the latest question's answer is shown.
  const latest = useRef(0);
  const [results, setResults] = useState<SearchResult[]>([]);
  const [ready, setReady] = useState<LoadedSearch>();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [failed, setFailed] = useState(false);
  const listId = useId();

  function load(): Promise<LoadedSearch> {
    loaded.current ??= loadSearch(indexUrl).then((search) => {
      setReady(search);
      return search;
    });
    loaded.current.catch(() => {
      loaded.current = undefined;
      setFailed(true);
    });
    return loaded.current;
  }

  function run(text: string) {
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const asked = ++latest.current;
      const { searcher } = await load();
      const found = await searcher.search(text, { typing: true, limit: SHOWN });
      if (asked !== latest.current) return;
      setResults(found);
      setActive(-1);
      setOpen(text.trim() !== '');
    }, DEBOUNCE_MS);
  }

  useEffect(() => {
    if (!shortcuts) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcuts]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') {
      if (open) setOpen(false);
      else input.current?.blur();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && results.length > 0) {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // -1 is the input itself: moving past either end comes back to it.
      setActive((a) => {
        const next = a + step;
        return next < -1 ? results.length - 1 : next >= results.length ? -1 : next;
      });
    } else if (event.key === 'Enter' && open && active >= 0 && results[active]) {
      event.preventDefault();
      window.location.assign(results[active].document.url);
    }
  }

  const optionId = (i: number) => `${listId}-option-${i}`;
  const expanded = open && results.length > 0;
  return (
    <form action="/search/" method="get" role="search" className={large ? 'search-box search-box-large' : 'search-box'}>
      <label htmlFor={id} className="visually-hidden">
        Search incidents, talks and failure classes
      </label>
      <div className="search-field">
        <input
          ref={input}
          id={id}
          name="q"
          type="search"
          placeholder="Search: router packet loss, retry storm…"
          autoComplete="off"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-keyshortcuts={shortcuts ? '/ Control+K Meta+K' : undefined}
          onFocus={() => void load()}
          onInput={(e) => run(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
        <ul id={listId} role="listbox" aria-label="Search results" className="search-suggestions" hidden={!expanded}>
          {results.map((result, i) => (
            <li key={result.document.url} id={optionId(i)} role="option" aria-selected={i === active} className={i === active ? 'active' : undefined}>
              <a href={result.document.url} tabIndex={-1}>
                <span className="suggestion-title">
                  {ready ? <Highlighted segments={ready.highlight(result.document.title, result.matched)} /> : result.document.title}
                </span>
                <span className="suggestion-meta">
                  {TYPE_LABELS[result.document.type]}
                  {result.document.date ? ` · ${result.document.date.slice(0, 4)}` : ''}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </div>
      <button type="submit">Search</button>
      {failed && <span className="visually-hidden" role="status">Search could not load; press Enter to search on the search page.</span>}
    </form>
  );
}
