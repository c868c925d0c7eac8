/**
 * A Callout and a Metric written each on one line of an .mdx body are blocks of their own: no
 * <p> around them, which the browser would repair and React would then fail to hydrate.
 */
import { expect, test } from '@playwright/test';

test('a one-line Callout and Metric render without a paragraph around them or console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/incidents/2014-02-02-example-one-line-components/');
  await expect(page.getByRole('complementary', { name: 'Lesson: Partial failures defeat redundancy' })).toContainText(
    'Redundancy only helps when something notices the failure.',
  );
  // Hydrated: React has claimed the callout's element (or rendered it anew after a mismatch).
  await page.waitForFunction(() => {
    const callout = document.querySelector('.callout');
    return !!callout && Object.keys(callout).some((key) => key.startsWith('__reactFiber$'));
  });
  await page.waitForLoadState('networkidle');

  expect(errors).toEqual([]);
  await expect(page.locator('p > aside, p > figure')).toHaveCount(0);
  await expect(page.locator('figure.metric')).toContainText('2 h');
});
