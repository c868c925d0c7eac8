/** The colour theme: follows the system, remembers a choice, never flashes; pages print cleanly. */
import { expect, test } from '@playwright/test';

const background = () => getComputedStyle(document.body).backgroundColor;

test('the toggle remembers the choice, and a remembered theme applies before any script loads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const light = await page.evaluate(background);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const dark = await page.evaluate(background);
  expect(dark).not.toBe(light);

  // Hold back every script but the inline one: the page must already be dark when it first paints.
  await page.route('**/_next/static/**/*.js', async (route) => {
    await new Promise((ok) => setTimeout(ok, 1500));
    await route.continue();
  });
  await page.goto('/talks/', { waitUntil: 'commit' });
  await page.waitForSelector('body');
  expect(await page.evaluate(background)).toBe(dark);
  await page.unroute('**/_next/static/**/*.js');

  await page.goto('/incidents/');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  expect(await page.evaluate(background)).toBe(light);
});

test('with no choice made, the theme follows the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  const dark = await page.evaluate(background);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await page.evaluate(background)).not.toBe(dark);
});

test('an incident prints as the writeup and its facts, without the site around it', async ({ page }) => {
  await page.goto('/incidents/2017-02-28-aws-s3-us-east-1-capacity-removal/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Facts' })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
});
