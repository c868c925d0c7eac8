/**
 * The search box's behaviour (components/SearchForm.tsx), in plain DOM code so that a page needs
 * no framework for it. The search code and index load only on intent: focus, or "/" and Ctrl/⌘-K
 * for a box with shortcuts. Results appear as you type; ↑/↓ move, Enter opens, Esc closes.
 */
import type { SearchResult } from '@/lib/search/client';
import { loadSearch, type LoadedSearch } from '@/lib/search/load-search';

const TYPE_LABELS = { incident: 'Incident', talk: 'Talk', 'failure-class': 'Failure class' } as const;
const DEBOUNCE_MS = 60;
const SHOWN = 8;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]>, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function enhanceSearchBox(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const list = form.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const indexUrl = form.dataset.index!;
  let loaded: Promise<LoadedSearch> | undefined;
  let search: LoadedSearch | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Answers may arrive out of order; only the latest question's answer is shown.
  let latest = 0;
  let results: SearchResult[] = [];
  let open = false;
  // -1 is the input itself.
  let active = -1;

  const optionId = (i: number) => `${list.id}-option-${i}`;

  function load(): Promise<LoadedSearch> {
    loaded ??= loadSearch(indexUrl).then((ready) => (search = ready));
    loaded.catch(() => {
      loaded = undefined;
      if (!form.querySelector('[role="status"]')) {
        const status = element('span', { className: 'visually-hidden', textContent: 'Search could not load; press Enter to search on the search page.' });
        status.setAttribute('role', 'status');
        form.append(status);
      }
    });
    return loaded;
  }

  function option(result: SearchResult, i: number): HTMLLIElement {
    const { document: doc, matched } = result;
    // Every segment is text; only <mark> is added around matched words.
    const title = search ? search.highlight(doc.title, matched).map((s) => element(s.mark ? 'mark' : 'span', { textContent: s.text })) : [doc.title];
    const meta = `${TYPE_LABELS[doc.type]}${doc.brief ? ' brief' : ''}${doc.date ? ` · ${doc.date.slice(0, 4)}` : ''}`;
    const item = element(
      'li',
      { id: optionId(i), className: i === active ? 'active' : '' },
      element('a', { href: doc.url, tabIndex: -1 }, element('span', { className: 'suggestion-title' }, ...title), element('span', { className: 'suggestion-meta', textContent: meta })),
    );
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', String(i === active));
    return item;
  }

  function show(): void {
    const expanded = open && results.length > 0;
    input.setAttribute('aria-expanded', String(expanded));
    if (expanded && active >= 0) input.setAttribute('aria-activedescendant', optionId(active));
    else input.removeAttribute('aria-activedescendant');
    list.replaceChildren(...results.map(option));
    list.hidden = !expanded;
  }

  function run(text: string): void {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const asked = ++latest;
      const { searcher } = await load();
      const found = await searcher.search(text, { typing: true, limit: SHOWN });
      if (asked !== latest) return;
      results = found;
      active = -1;
      open = text.trim() !== '';
      show();
    }, DEBOUNCE_MS);
  }

  input.addEventListener('focus', () => void load().catch(() => undefined));
  input.addEventListener('input', () => run(input.value));
  input.addEventListener('blur', () =>
    setTimeout(() => {
      open = false;
      show();
    }, 150),
  );
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      if (open) {
        open = false;
        show();
      } else input.blur();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && results.length > 0) {
      event.preventDefault();
      open = true;
      // Moving past either end comes back to the input.
      const next = active + (event.key === 'ArrowDown' ? 1 : -1);
      active = next < -1 ? results.length - 1 : next >= results.length ? -1 : next;
      show();
    } else if (event.key === 'Enter' && open && active >= 0 && results[active]) {
      event.preventDefault();
      window.location.assign(results[active].document.url);
    }
  });

  if (form.dataset.shortcuts !== undefined) {
    window.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
        event.preventDefault();
        input.focus();
      }
    });
  }
}
