/**
 * The Content Security Policy (lib/csp.ts) as a reader's browser enforces it, with JavaScript on:
 * on every page of the sitemap the site's own scripts, styles, images and search index load with no
 * refusal; and markup slipped into a page could not run a script.
 */
import { expect, test, type Page } from '@playwright/test';

/** Refusals the page reports, recorded from before its first script runs. */
async function recordRefusals(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __refused: string[] }).__refused = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  return () => page.evaluate(() => (window as unknown as { __refused: string[] }).__refused);
}

test('no page of the sitemap has anything refused by its policy, and every page carries it', async ({ page, request }) => {
  test.setTimeout(300_000);
  const xml = await (await request.get('/sitemap.xml')).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  expect(paths.length).toBeGreaterThan(200);
  const refused = await recordRefusals(page);
  const problems: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
    for (const r of await refused()) problems.push(`${path}: ${r}`);
  }
  expect(problems, 'refused while pages loaded').toEqual([]);
  // What only runs on intent: the search index and its results, an island's filter, the theme.
  await page.goto('/');
  await page.locator('#site-search').fill('retry storm');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  await page.getByRole('button', { name: /theme/i }).click();
  for (const r of await refused()) problems.push(`/ (search box, theme): ${r}`);
  await page.goto('/search/?q=certificate%20expiry');
  await expect(page.getByTestId('search-results').locator(':scope > li').first()).toBeVisible();
  for (const r of await refused()) problems.push(`/search/: ${r}`);
  await page.goto('/incidents/');
  await page.getByLabel('Failure class', { exact: true }).selectOption('gray-failure');
  await expect(page.getByTestId('incident-count')).toHaveText(/^\d+ of \d+ incidents$/);
  for (const r of await refused()) problems.push(`/incidents/ (filter): ${r}`);
  expect(problems).toEqual([]);
});

test('a script slipped into a page would not run: inline, as an event handler, or from elsewhere', async ({ page }) => {
  const refused = await recordRefusals(page);
  await page.goto('/incidents/2011-03-17-aws-us-east-1-network-event/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__ran = "inline"';
    document.body.append(script);
    document.body.insertAdjacentHTML('beforeend', '<img src="/no-such-image.png" onerror="window.__ran = \'handler\'">');
    const remote = document.createElement('script');
    remote.src = 'https://example.org/evil.js';
    document.body.append(remote);
  });
  await expect.poll(async () => (await refused()).length).toBeGreaterThanOrEqual(3);
  expect(await page.evaluate(() => (window as unknown as { __ran?: string }).__ran)).toBeUndefined();
  const directives = (await refused()).map((r) => r.split(' ')[0]);
  expect(directives).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
});
