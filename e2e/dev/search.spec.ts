/** Search in `npm run dev` follows the content: the index is rebuilt when a file changes. */
import { expect, test } from '@playwright/test';
import { incidentText, removeContent, writeContent } from './content';
import { reloadUntil } from './reload';

test('a file published while dev runs is found by search without a restart', async ({ page }) => {
  const file = 'incidents/2016-09-09-example-quasar.mdx';
  await page.goto('/search/?q=quasar');
  await expect(page.getByRole('status')).toHaveText('0 results for “quasar”');

  writeContent(file, incidentText('Fixture: a quasar of retries, written while dev runs', '2016-09-09'));
  await reloadUntil(page, '/search/?q=quasar', async () => {
    await expect(page.getByTestId('search-results').getByRole('link', { name: /a quasar of retries/ })).toBeVisible({ timeout: 2_000 });
  });
  removeContent(file);
});
