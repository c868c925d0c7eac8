/**
 * The site's own script, on every page (a module, so it runs once the page is parsed): the search
 * boxes and the theme switch. scripts/build-enhance.ts bundles it; search code is split off and
 * loads only on intent. React runs only on pages with an island (components/Island.tsx).
 */
import { enhanceSearchBox } from './search-box';
import { enhanceThemeToggle } from './theme-toggle';

document.querySelectorAll<HTMLFormElement>('form[data-search-box]').forEach(enhanceSearchBox);
document.querySelectorAll<HTMLButtonElement>('button[data-theme-toggle]').forEach(enhanceThemeToggle);
