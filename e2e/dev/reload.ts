import { expect, type Page, type Response } from '@playwright/test';

/**
 * Loads a page until `check` passes. Next's dev server learns of a new file's page a moment after
 * the file appears (it answers 404 until then), and the search index is rebuilt after a change.
 */
export async function reloadUntil(page: Page, url: string, check: (response: Response | null) => Promise<void>): Promise<void> {
  await expect(async () => check(await page.goto(url))).toPass({ timeout: 60_000 });
}
