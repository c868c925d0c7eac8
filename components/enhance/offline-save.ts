/**
 * "Save for offline" on /about/offline/: states what saving the whole collection costs, from
 * /offline.json, and on the button saves every file of /offline-files.json through the service
 * worker, in batches, with progress: each batch is Workbox's CACHE_URLS message, which the
 * worker's router (workbox-routing) answers once every file of it is saved.
 */
const BATCH = 40;
const BATCH_TIMEOUT_MS = 120_000;

/** Posts a message to the worker and waits for its reply on a channel of its own. */
function ask(worker: ServiceWorker, message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data);
    worker.postMessage(message, [channel.port2]);
  });
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function enhanceOfflineSave(box: HTMLElement): Promise<void> {
  const size = box.querySelector<HTMLElement>('[data-offline-size]')!;
  const button = box.querySelector<HTMLButtonElement>('[data-offline-button]')!;
  const progress = box.querySelector<HTMLProgressElement>('[data-offline-progress]')!;
  const status = box.querySelector<HTMLElement>('[data-offline-status]')!;
  if (!('serviceWorker' in navigator)) {
    size.textContent = 'This browser cannot save the site for offline reading.';
    return;
  }
  const summary = (await fetch('/offline.json').then((r) => r.json())) as { files: number; bytes: number };
  size.textContent = `Saving takes ${megabytes(summary.bytes)} of space in this browser: ${summary.files.toLocaleString('en')} files.`;
  button.disabled = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    progress.hidden = false;
    try {
      const [registration, urls] = await Promise.all([
        navigator.serviceWorker.ready,
        fetch('/offline-files.json').then((r) => r.json() as Promise<string[]>),
      ]);
      progress.max = urls.length;
      for (let done = 0; done < urls.length; done += BATCH) {
        const batch = urls.slice(done, done + BATCH);
        const saved = ask(registration.active!, { type: 'CACHE_URLS', payload: { urlsToCache: batch } });
        const late = new Promise((_, fail) => setTimeout(() => fail(new Error('timeout')), BATCH_TIMEOUT_MS));
        await Promise.race([saved, late]);
        progress.value = done + batch.length;
        status.textContent = `Saved ${progress.value.toLocaleString('en')} of ${urls.length.toLocaleString('en')} files.`;
      }
      status.textContent = `Saved: all ${urls.length.toLocaleString('en')} files. Faultline and its search now work without a network in this browser.`;
    } catch {
      status.textContent = `Saving stopped after ${progress.value.toLocaleString('en')} files (is the network down?). Press the button to try again.`;
      button.disabled = false;
    }
  });
}
