/** axe-core (WCAG 2.2 AA) on every URL of the sitemap, and the keyboard path through a page. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('no WCAG 2.2 AA violation on any page of the sitemap, light or dark', async ({ page, request }) => {
  test.setTimeout(600_000);
  const xml = await (await request.get('/sitemap.xml')).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  expect(paths.length).toBeGreaterThan(50);
  const problems: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // Dark is checked on one page of each kind; light on every page.
    const pages = scheme === 'light' ? paths : paths.filter((p, i, all) => all.findIndex((q) => q.split('/')[1] === p.split('/')[1]) === i);
    for (const path of pages) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of violations) problems.push(`${scheme} ${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
    }
  }
  expect(problems).toEqual([]);
});

test('a keyboard reader: skip link first, visible focus, everything reachable with Tab', async ({ page }) => {
  await page.goto('/incidents/2011-03-17-aws-us-east-1-network-event/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  const links = await page.locator('main a[href]:not([tabindex="-1"])').count();
  const reached = new Set<string>();
  for (let i = 0; i < links + 40 && reached.size < links; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || !el.closest('main')) return null;
      const style = getComputedStyle(el);
      return { key: `${el.getAttribute('href')}|${el.textContent}`, outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
    });
    if (focused) {
      expect(focused.outline, focused.key).toBe(true);
      reached.add(focused.key);
    }
  }
  expect(reached.size).toBeGreaterThanOrEqual(Math.min(links, 20));
});
