import { expect, test } from '@playwright/test';

test('home → a failure class → an incident and back', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn how systems fail');
  await expect(page.getByRole('search').first()).toBeVisible();

  const grid = page.locator('.class-grid');
  const gray = grid.getByRole('link', { name: /Gray failure/ });
  await expect(gray).toContainText(/\d+ incidents?/);
  await gray.click();

  await expect(page).toHaveURL(/\/failure-classes\/gray-failure\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/gray failure/i);
  const incident = page.getByRole('link', { name: /core router/i }).first();
  const title = await incident.textContent();
  await incident.click();

  await expect(page).toHaveURL(/\/incidents\/2011-03-17-aws-us-east-1-network-event\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  await page.goBack();
  await expect(page).toHaveURL(/\/failure-classes\/gray-failure\/$/);
});

test('the header search box submits to /search/', async ({ page }) => {
  await page.goto('/talks/');
  await page.locator('#site-search').fill('router');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=router$/);
});

test('a 404 helps the reader on', async ({ page }) => {
  const response = await page.goto('/incidents/no-such-incident/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('search')).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Failure classes' }).click();
  await expect(page).toHaveURL(/\/failure-classes\/$/);
});

test('readable on a phone: nothing wider than the screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', '/incidents/', '/incidents/2011-03-17-aws-us-east-1-network-event/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the home page shows what was added last, and how many writeups and briefs there are', async ({ page, request }) => {
  type Row = { slug: string; title: string; date: string; added: string | null; depth: string };
  const incidents: Row[] = await (await request.get('/data/incidents.json')).json();
  const newest = [...incidents]
    .sort((a, b) => (b.added ?? '').localeCompare(a.added ?? '') || b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug))
    .slice(0, 6);
  const briefs = incidents.filter((i) => i.depth === 'brief').length;

  await page.goto('/');
  const recent = page.getByRole('region', { name: 'Recently added' });
  await expect(recent.getByTestId('incident-list').locator(':scope > li')).toHaveCount(6);
  // Newest addition first; on the same day, the more recent incident first.
  await expect(recent.locator('.entry-title a')).toHaveText(newest.map((i) => i.title));
  await expect(recent.getByTestId('collection-size')).toHaveText(
    `Faultline holds ${incidents.length} incidents: ${incidents.length - briefs} full writeups and ${briefs} briefs.`,
  );
});
