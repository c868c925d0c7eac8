/**
 * The search box: a plain GET form to /search/, so it works without JavaScript, which
 * components/enhance/search-box.ts turns into a combobox with results as you type.
 * `shortcuts` makes "/" and Ctrl/⌘-K focus it (the header box has them).
 */
import { SEARCH_INDEX_URL } from '@/lib/search/manifest';

export function SearchForm({ id, large = false, shortcuts = false }: { id: string; large?: boolean; shortcuts?: boolean }) {
  const listId = `${id}-results`;
  return (
    <form
      action="/search/"
      method="get"
      role="search"
      className={large ? 'search-box search-box-large' : 'search-box'}
      data-search-box=""
      data-index={SEARCH_INDEX_URL}
      data-shortcuts={shortcuts ? '' : undefined}
    >
      <label htmlFor={id} className="visually-hidden">
        Search incidents, talks and failure classes
      </label>
      <div className="search-field">
        <input
          id={id}
          name="q"
          type="search"
          placeholder="Search: router packet loss, retry storm…"
          autoComplete="off"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded="false"
          aria-controls={listId}
          aria-keyshortcuts={shortcuts ? '/ Control+K Meta+K' : undefined}
        />
        <ul id={listId} role="listbox" aria-label="Search results" className="search-suggestions" hidden />
      </div>
      <button type="submit">Search</button>
    </form>
  );
}
