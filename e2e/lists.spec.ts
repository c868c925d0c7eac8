import { expect, test } from '@playwright/test';

test('the incident list narrows instantly and keeps the choice in the URL', async ({ page }) => {
  const dataset: { depth: string }[] = await (await page.request.get('/data/incidents.json')).json();
  const total = dataset.length;
  const briefs = dataset.filter((i) => i.depth === 'brief').length;
  await page.goto('/incidents/');
  const items = page.getByTestId('incident-list').locator(':scope > li');
  // The first page of a long list shows the newest; the count speaks for the whole collection.
  const firstPage = await items.count();
  expect(firstPage).toBeGreaterThan(10);
  expect(firstPage).toBeLessThanOrEqual(total);
  await expect(page.getByTestId('incident-count')).toHaveText(`${total} incidents: ${total - briefs} full writeups, ${briefs} brief${briefs === 1 ? '' : 's'}`);

  await page.getByLabel('Failure class', { exact: true }).selectOption('gray-failure');
  await expect(page).toHaveURL(/\?class=gray-failure$/);
  // Narrowing fetches every incident's card first.
  await expect(page.getByTestId('incident-count')).toHaveText(new RegExp(`^\\d+ of ${total} incidents$`));
  const gray = await items.count();
  expect(gray).toBeGreaterThan(0);
  expect(gray).toBeLessThan(total);
  for (const item of await items.all()) {
    await expect(item.getByRole('link', { name: 'Gray failure' })).toBeVisible();
  }

  await page.getByLabel('Year', { exact: true }).selectOption('2011');
  await expect(page).toHaveURL(/\?class=gray-failure&year=2011$/);
  await expect(page.getByTestId('incident-count')).not.toHaveText(`${gray} of ${total} incidents`);
  for (const item of await items.all()) {
    await expect(item.locator('time')).toHaveAttribute('datetime', /^2011-/);
  }
  const both = await items.count();

  // A shared URL opens with the same narrowing.
  await page.goto('/incidents/?class=gray-failure&year=2011');
  await expect(items).toHaveCount(both);
  await expect(page.getByLabel('Failure class', { exact: true })).toHaveValue('gray-failure');

  await page.goBack();
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(items).toHaveCount(firstPage);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the list narrows through class, organisation and year pages', async ({ page }) => {
    await page.goto('/incidents/');
    await expect(page.getByLabel('Failure class', { exact: true })).toBeHidden();
    await page.getByText('Browse by failure class, organisation or year').click();
    await page.locator('.browse').getByRole('link', { name: '2011', exact: true }).click();
    await expect(page).toHaveURL(/\/years\/2011\/$/);
    const times = page.getByTestId('incident-list').locator(':scope > li time');
    expect(await times.count()).toBeGreaterThan(0);
    for (const time of await times.all()) await expect(time).toHaveAttribute('datetime', /^2011-/);

    await page.goto('/incidents/');
    await page.getByText('Browse by failure class, organisation or year').click();
    await page.locator('.browse').getByRole('link', { name: 'Amazon Web Services' }).click();
    await expect(page).toHaveURL(/\/organizations\/amazon-web-services\/$/);
    for (const item of await page.getByTestId('incident-list').locator(':scope > li').all()) {
      await expect(item.getByRole('link', { name: 'Amazon Web Services' })).toBeVisible();
    }
  });
});

test('a talk page shows its speakers, event and what it illuminates', async ({ page }) => {
  await page.goto('/talks/');
  await page.getByRole('link', { name: /Gray Failure/i }).first().click();
  await expect(page).toHaveURL(/\/talks\/2017-hotos-gray-failure\/$/);
  const facts = page.getByRole('complementary', { name: 'Facts' });
  await expect(facts).toContainText('Speakers');
  await expect(facts).toContainText('HotOS');
  await expect(facts.getByRole('link', { name: 'Gray failure', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Incidents it illuminates' })).toBeVisible();
});
