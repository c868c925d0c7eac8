/** `npm run dev` previews drafts, marked as such; the build leaves them out (scripts/drafts.build.test.ts). */
import { expect, test } from '@playwright/test';

const DRAFT_MARK = 'Draft — not published; remove draft: true from the front matter of';

test('a draft incident renders at its URL, marked as a draft', async ({ page }) => {
  const response = await page.goto('/incidents/2013-01-01-example-draft/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture draft: a zeppelin balancer forgets its pool');
  await expect(page.getByRole('note')).toContainText(DRAFT_MARK);
});

test('a draft talk renders at its URL, marked as a draft', async ({ page }) => {
  const response = await page.goto('/talks/2018-example-draft-talk/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture draft talk on zeppelin failures');
  await expect(page.getByRole('note')).toContainText(DRAFT_MARK);
});

test('a published page carries no draft mark', async ({ page }) => {
  await page.goto('/incidents/2011-03-17-example-router/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture: a router fails partially and silently');
  await expect(page.getByRole('note')).toHaveCount(0);
});

test('search in the preview finds drafts, as its pages show them', async ({ page }) => {
  await page.goto('/search/?q=zeppelin');
  const results = page.getByTestId('search-results');
  await expect(results.getByRole('link', { name: 'Fixture draft: a zeppelin balancer forgets its pool' })).toBeVisible();
  await expect(results.getByRole('link', { name: 'Fixture draft talk on zeppelin failures' })).toBeVisible();
});
