/** Briefs (lib/content/depth.ts): short cited notes beside the full writeups, marked wherever they are listed. */
import { expect, test } from '@playwright/test';

const BRIEF = '/incidents/2017-01-01-cloudflare-leap-second-rrdns/';
const BRIEF_TITLE = 'Cloudflare: the 2016 leap second turns a DNS timing into a negative number and RRDNS panics';

test("a brief's page says it is a brief, cites its source, and invites a fuller writeup", async ({ page }) => {
  await page.goto(BRIEF);
  await expect(page.locator('.kicker')).toContainText('Incident brief');
  const note = page.getByRole('note').filter({ hasText: 'Brief' });
  await expect(note).toContainText('A full writeup (timeline, root cause, impact, detection, lessons) is welcome');
  await expect(page.locator('.prose sup.citation a').first()).toHaveAccessibleName(/^Source 1: How and why the leap second affected Cloudflare DNS/);
  // A writeup carries no such note.
  await page.goto('/incidents/2021-06-08-fastly-config-bug/');
  await expect(page.locator('.brief-note')).toHaveCount(0);
});

test('lists mark briefs, and only briefs', async ({ page }) => {
  const dataset: { slug: string; depth: string }[] = await (await page.request.get('/data/incidents.json')).json();
  const depth = new Map(dataset.map((i) => [i.slug, i.depth]));
  await page.goto('/failure-classes/time-and-clocks/');
  const entries = page.getByTestId('incident-list').locator('li.entry');
  const brief = entries.filter({ has: page.getByRole('link', { name: BRIEF_TITLE }) });
  await expect(brief.locator('.depth-badge')).toHaveText('Brief');
  // Every entry carries the badge exactly when the dataset calls it a brief; the class has both kinds.
  const seen = new Set<string>();
  for (const entry of await entries.all()) {
    const slug = (await entry.locator('a').first().getAttribute('href'))!.split('/').filter(Boolean).pop()!;
    const kind = depth.get(slug);
    seen.add(kind!);
    await expect(entry.locator('.depth-badge'), slug).toHaveCount(kind === 'brief' ? 1 : 0);
  }
  expect([...seen].sort()).toEqual(['brief', 'writeup']);
});

test('search results say which result is a brief', async ({ page }) => {
  await page.goto('/talks/');
  await page.keyboard.press('/');
  await page.keyboard.type('RRDNS leap second');
  const option = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').filter({ hasText: 'RRDNS panics' });
  await expect(option).toContainText('Incident brief · 2017');
});

test('the dataset has a depth column: brief or writeup', async ({ request }) => {
  const csv = await (await request.get('/data/incidents.csv')).text();
  const [header, ...rows] = csv.trim().split('\r\n');
  const depth = header.split(',').indexOf('depth');
  expect(depth).toBeGreaterThan(0);
  const of = (slug: string) => rows.find((r) => r.startsWith(`${slug},`));
  // Fields before depth are quoted where they hold commas: read the row the way the CSV writes it.
  const cells = (row: string) => [...row.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]);
  expect(cells(of('2017-01-01-cloudflare-leap-second-rrdns')!)[depth]).toBe('brief');
  expect(cells(of('2021-06-08-fastly-config-bug')!)[depth]).toBe('writeup');
  const json = (await (await request.get('/data/incidents.json')).json()) as { slug: string; depth: string }[];
  expect(json.find((i) => i.slug === '2017-01-01-cloudflare-leap-second-rrdns')?.depth).toBe('brief');
});

test('the incident list narrows to full writeups or to briefs, and shows every match on request', async ({ page }) => {
  const dataset: { depth: string }[] = await (await page.request.get('/data/incidents.json')).json();
  const briefs = dataset.filter((i) => i.depth === 'brief').length;
  await page.goto('/incidents/');
  const items = page.getByTestId('incident-list').locator(':scope > li');
  await page.getByLabel('Depth', { exact: true }).selectOption('brief');
  await expect(page).toHaveURL(/\?depth=brief$/);
  await expect(page.getByTestId('incident-count')).toHaveText(new RegExp(`^${briefs} of ${dataset.length} incidents`));
  // A long result comes a batch at a time; "Show … more" until every brief is listed.
  const more = page.getByRole('button', { name: /^Show \d+ more$/ });
  while (await more.isVisible()) {
    const before = await items.count();
    await more.click();
    await expect.poll(() => items.count()).toBeGreaterThan(before);
  }
  await expect(items).toHaveCount(briefs);
  await expect(page.getByTestId('incident-count')).toHaveText(`${briefs} of ${dataset.length} incidents`);
  await expect(items.filter({ hasNot: page.locator('.depth-badge') })).toHaveCount(0);
  await page.getByLabel('Depth', { exact: true }).selectOption('writeup');
  await expect(page).toHaveURL(/\?depth=writeup$/);
  await expect(items.filter({ has: page.locator('.depth-badge') })).toHaveCount(0);
  expect(await items.count()).toBeGreaterThan(1);
});

