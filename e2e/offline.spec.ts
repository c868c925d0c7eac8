/**
 * Reading offline, for real: each test serves the exported site from its own server and then stops
 * it, so neither the page nor the service worker can reach the network — the state of a reader
 * whose network is what is failing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveSite } from '../scripts/serve-process';

const PORT = 3190;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const siteServer = () => serveSite(OUT, PORT);
const OUT = path.resolve(process.env.FAULTLINE_OUT_DIR ?? 'out');

/** Opens a page and waits until the service worker controls it. */
async function controlled(page: Page, url: string) {
  await page.goto(`${ORIGIN}${url}`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
}

const VISITED = '/incidents/2011-03-17-aws-us-east-1-network-event/';
const UNVISITED = '/incidents/2016-06-04-aws-sydney-power-loss/';

test('a page visited before is served with the network down; one never visited is not', async ({ page }) => {
  const server = await siteServer();
  try {
    await controlled(page, '/');
    await page.goto(`${ORIGIN}${VISITED}`);
    await expect(page.locator('h1')).toContainText('AWS');
    await server.stop();
    await page.goto(`${ORIGIN}${VISITED}`);
    await expect(page.locator('h1')).toContainText('AWS');
    // Styled: the stylesheet came from the saved files too.
    await expect(page.locator('.header-inner')).toHaveCSS('display', 'flex');
    await expect(page.goto(`${ORIGIN}${UNVISITED}`)).rejects.toThrow();
  } finally {
    await server.stop();
  }
});

test('after "save for offline", with the network down, an unvisited incident opens and search answers', async ({ page }) => {
  test.setTimeout(120_000);
  const server = await siteServer();
  try {
    await controlled(page, '/about/offline/');
    const { files, bytes } = JSON.parse(fs.readFileSync(path.join(OUT, 'offline.json'), 'utf8')) as { files: number; bytes: number };
    await expect(page.getByText(`Saving takes ${(bytes / 1024 / 1024).toFixed(1)} MB of space in this browser: ${files.toLocaleString('en')} files.`)).toBeVisible();
    await page.getByRole('button', { name: 'Save for offline reading' }).click();
    await expect(page.getByRole('status')).toHaveText(`Saved: all ${files.toLocaleString('en')} files. Faultline and its search now work without a network in this browser.`, { timeout: 90_000 });
    await expect(page.locator('progress')).toHaveAttribute('max', String(files));
    await server.stop();

    await page.goto(`${ORIGIN}${UNVISITED}`);
    await expect(page.locator('h1')).toContainText('Sydney');
    await page.locator('#site-search').fill('generator');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
    await page.goto(`${ORIGIN}/search/?q=leap%20second`);
    await expect(page.getByTestId('search-results').locator(':scope > li').first()).toBeVisible();
  } finally {
    await server.stop();
  }
});

test("a new build's page replaces the saved one, online and then offline", async ({ page }) => {
  const file = path.join(OUT, VISITED, 'index.html');
  const original = fs.readFileSync(file, 'utf8');
  const server = await siteServer();
  try {
    await controlled(page, '/');
    await page.goto(`${ORIGIN}${VISITED}`);
    await expect(page.locator('h1')).not.toContainText('(rebuilt)');
    // What a new build publishes at the same address.
    fs.writeFileSync(file, original.replace(/(<h1[^>]*>)/, '$1(rebuilt) '));
    await page.goto(`${ORIGIN}${VISITED}`);
    await expect(page.locator('h1')).toContainText('(rebuilt)');
    await server.stop();
    await page.goto(`${ORIGIN}${VISITED}`);
    await expect(page.locator('h1')).toContainText('(rebuilt)');
  } finally {
    fs.writeFileSync(file, original);
    await server.stop();
  }
});

test('a new search index replaces the saved one: the old index files leave the cache', async ({ page }) => {
  test.setTimeout(120_000);
  const manifestFile = path.join(OUT, 'search-index', 'manifest.json');
  const manifest = fs.readFileSync(manifestFile, 'utf8');
  const { base } = JSON.parse(manifest) as { base: string };
  const newer = 'f'.repeat(16);
  const server = await siteServer();
  const indexFiles = () => page.evaluate(async () => (await (await caches.open('faultline-files')).keys()).map((r) => new URL(r.url).pathname).filter((p) => p.startsWith('/search-index/')));
  try {
    await controlled(page, '/about/offline/');
    await page.getByRole('button', { name: 'Save for offline reading' }).click();
    await expect(page.getByRole('status')).toHaveText(/^Saved: all/, { timeout: 90_000 });
    expect((await indexFiles()).some((p) => p.startsWith(`/search-index/${base}`))).toBe(true);
    // What a new build publishes: the index in a new folder, and the manifest pointing to it.
    fs.cpSync(path.join(OUT, 'search-index', base), path.join(OUT, 'search-index', newer), { recursive: true });
    fs.writeFileSync(manifestFile, JSON.stringify({ ...JSON.parse(manifest), base: `${newer}/` }));
    await page.goto(`${ORIGIN}/`);
    await page.locator('#site-search').fill('leap second');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
    await expect.poll(indexFiles).not.toContainEqual(expect.stringMatching(`^/search-index/${base}`));
    expect((await indexFiles()).some((p) => p.startsWith(`/search-index/${newer}/`))).toBe(true);
  } finally {
    fs.writeFileSync(manifestFile, manifest);
    fs.rmSync(path.join(OUT, 'search-index', newer), { recursive: true, force: true });
    await server.stop();
  }
});
