/**
 * The site's own script, on every page (a module, so it runs once the page is parsed): the search
 * boxes, the theme switch, and reading offline (the service worker; "save for offline"). scripts/build-enhance.ts bundles it; search code is split off and
 * loads only on intent. React runs only on pages with an island (components/Island.tsx).
 */
import { enhanceSearchBox } from './search-box';
import { enhanceThemeToggle } from './theme-toggle';
import { registerServiceWorker } from './offline';

document.querySelectorAll<HTMLFormElement>('form[data-search-box]').forEach(enhanceSearchBox);
document.querySelectorAll<HTMLButtonElement>('button[data-theme-toggle]').forEach(enhanceThemeToggle);
/** Where scripts/build-enhance.ts published offline-save.ts (a URL, so esbuild leaves the import alone). */
declare const OFFLINE_SAVE_URL: string;
const offlineSave = document.querySelector<HTMLElement>('[data-offline-save]');
if (offlineSave) void (import(OFFLINE_SAVE_URL) as Promise<typeof import('./offline-save')>).then(({ enhanceOfflineSave }) => enhanceOfflineSave(offlineSave));
registerServiceWorker();
