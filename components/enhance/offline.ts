/**
 * Reading offline, on every page: on the published site (its pages carry the Content Security
 * Policy that scripts/finish-export.ts adds; the dev preview must show every edit at once), the
 * service worker (components/offline/service-worker.ts), which saves the pages a reader visits.
 * "Save for offline" (offline-save.ts) loads only on /about/offline/.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !document.querySelector('meta[http-equiv="Content-Security-Policy"]')) return;
  navigator.serviceWorker.register('/sw.js').catch(() => undefined);
}
