/** Feeds, sitemap, robots.txt and the dataset, fetched from the served site and parsed for real. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const OUT = path.resolve(process.env.FAULTLINE_OUT_DIR ?? 'out');

/** Content pages and list pages the export wrote (every index.html but the 404 pages). */
function exportedPages(): string[] {
  return fs
    .readdirSync(OUT, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name === 'index.html')
    .map((f) => `/${path.relative(OUT, f.parentPath).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/'))
    .filter((p) => !/^\/(404|_not-found)\//.test(p))
    .sort();
}

/** The published entries of a content folder: files and writeup folders, drafts left out (they never publish). */
function published(collection: string): number {
  const dir = path.resolve('content', collection);
  return fs.readdirSync(dir).filter((name) => {
    const file = fs.statSync(path.join(dir, name)).isDirectory() ? path.join(dir, name, 'index.mdx') : path.join(dir, name);
    return !/^draft: true$/m.test(fs.readFileSync(file, 'utf8').split(/\n---\n/)[0]);
  }).length;
}

/** Parses XML with the browser's own parser; a parse error is a failed test. */
async function parseXml(page: Page, xml: string): Promise<{ error: string | null; items: number; entries: number; categories: number }> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      items: doc.getElementsByTagName('item').length,
      entries: doc.getElementsByTagName('entry').length,
      categories: doc.getElementsByTagName('category').length,
    };
  }, xml);
}

test('the feeds parse and carry every incident and talk, newest first, with classes as categories', async ({ page, request }) => {
  await page.goto('/');
  const incidents = published('incidents');
  const talks = published('talks');

  const rss = await parseXml(page, await (await request.get('/feed.xml')).text());
  expect(rss.error).toBeNull();
  expect(rss.items).toBe(incidents + talks);
  expect(rss.categories).toBeGreaterThanOrEqual(incidents);

  const atom = await parseXml(page, await (await request.get('/atom.xml')).text());
  expect(atom.error).toBeNull();
  expect(atom.entries).toBe(incidents + talks);

  const json = await (await request.get('/feed.json')).json();
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  expect(json.items).toHaveLength(incidents + talks);
  const dates = json.items.map((i: { date_modified?: string; date_published?: string }) => i.date_modified ?? i.date_published);
  expect([...dates].sort().reverse()).toEqual(dates);
  expect(json.items[0].tags.length).toBeGreaterThan(0);

  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/feed\.xml$/);
});

test('each failure class has its own feed of exactly its incidents and talks', async ({ page, request }) => {
  await page.goto('/failure-classes/gray-failure/');
  const href = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
  expect(href).toMatch(/\/failure-classes\/gray-failure\/feed\.xml$/);
  const listed = await page.locator('main .entry-list > li').count();
  const feed = await parseXml(page, await (await request.get('/failure-classes/gray-failure/feed.xml')).text());
  expect(feed.error).toBeNull();
  expect(feed.items).toBe(listed);
});

test('the sitemap lists exactly the generated pages, and robots.txt points to it', async ({ page, request }) => {
  await page.goto('/');
  const xml = await (await request.get('/sitemap.xml')).text();
  expect((await parseXml(page, xml)).error).toBeNull();
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).sort();
  // But the stand-in page 1 of a numbered route (lib/content/paginate.ts), a copy of its list.
  expect(listed).toEqual(exportedPages().filter((p) => !p.endsWith('/page/1/')));
  expect(await (await request.get('/robots.txt')).text()).toMatch(/Sitemap: \S+\/sitemap\.xml/);
});

test('every page carries a canonical URL, a description and OpenGraph metadata', async ({ request }) => {
  for (const pagePath of exportedPages()) {
    const html = await (await request.get(pagePath)).text();
    // A list's numbered page 1 is a copy of the list, and says so.
    const canonical = pagePath.replace(/page\/1\/$/, '');
    expect(html, pagePath).toMatch(new RegExp(`<link rel="canonical" href="https?://[^/"]+${canonical.replace(/[/.]/g, '\\$&')}"`));
    expect(html, pagePath).toMatch(/<meta name="description" content="[^"]{20,}"/);
    expect(html, pagePath).toMatch(/<meta property="og:title" content="[^"]+"/);
  }
});

test('the dataset: JSON and RFC 4180 CSV with one row per incident, documented on /about/data/', async ({ page, request }) => {
  const incidents = await (await request.get('/data/incidents.json')).json();
  expect(incidents).toHaveLength(published('incidents'));
  const network = incidents.find((i: { slug: string }) => i.slug === '2011-03-17-aws-us-east-1-network-event');
  expect(network.durationMinutes).toBe(148);
  // Measured from Fastly's structured timeline: 09:47 start, 09:48 detected, 12:35 mitigated (UTC).
  const fastly = incidents.find((i: { slug: string }) => i.slug === '2021-06-08-fastly-config-bug');
  expect([fastly.minutesToDetect, fastly.minutesToMitigate, fastly.durationMinutes]).toEqual([1, 168, null]);

  const csv = await (await request.get('/data/incidents.csv')).text();
  // Parse RFC 4180 for real: quoted fields may hold commas, quotes and line breaks.
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && csv[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  const [header, ...records] = rows;
  expect(records).toHaveLength(incidents.length);
  for (const record of records) expect(record).toHaveLength(header.length);
  const first = Object.fromEntries(header.map((h, i) => [h, records[0][i]]));
  expect(first.title).toBe(incidents[0].title);
  expect(first.summary).toBe(incidents[0].summary);
  expect(first.failureClasses).toBe(incidents[0].failureClasses.join(';'));

  const classes = await (await request.get('/data/failure-classes.json')).json();
  expect(classes.length).toBeGreaterThanOrEqual(16);

  await page.goto('/about/data/');
  for (const name of header) await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'CC BY 4.0' })).toBeVisible();
});

test('statistics: charts drawn as SVG with titles, tables of the same numbers, bars that link', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto('/stats/');
  // The lede counts the collection by depth, as the dataset does.
  const dataset: { depth: string }[] = await (await page.request.get('/data/incidents.json')).json();
  const briefs = dataset.filter((r) => r.depth === 'brief').length;
  await expect(page.locator('.lede')).toContainText(`${dataset.length} incidents in Faultline (${dataset.length - briefs} full writeups and ${briefs} briefs)`);
  const charts = page.locator('figure.chart');
  await expect(charts).toHaveCount(6);
  for (const chart of await charts.all()) {
    await expect(chart.locator('svg > title')).not.toBeEmpty();
    await expect(chart.locator('table tbody tr').first()).toBeAttached();
  }
  const toDetect = page.locator('#median-time-to-detect-title').locator('..');
  await expect(toDetect.locator('table tbody tr').filter({ hasText: 'Configuration' })).toContainText('1 min (n=');
  const perClass = page.locator('#per-class-title').locator('..');
  const bar = perClass.locator('svg a').first();
  const rows = await perClass.locator('table tbody tr').count();
  expect(await perClass.locator('svg a').count()).toBe(rows);
  const label = await bar.textContent();
  await bar.click();
  await expect(page).toHaveURL(/\/failure-classes\/[a-z-]+\/$/);
  expect(label).toMatch(/^[A-Z][\w ,-]+\d+$/);
});

test('stand-in list pages are neither listed in the sitemap nor indexed; a long list\'s next pages are', async ({ page, request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).not.toMatch(/\/page\/1\/<\/loc>/);
  // A numbered route whose lists are all short keeps one page 1 as a stand-in (lib/content/paginate.ts):
  // a copy of its list, canonical to it, never indexed.
  for (const standIn of exportedPages().filter((p) => p.endsWith('/page/1/'))) {
    await page.goto(standIn);
    await expect(page.locator('meta[name="robots"]'), standIn).toHaveAttribute('content', 'noindex, follow');
    await expect(page.locator('link[rel="canonical"]'), standIn).toHaveAttribute('href', new RegExp(`${standIn.replace(/page\/1\/$/, '')}$`));
  }
  // The incident list is long: its page 2 is real, listed and indexed, and canonical to itself.
  const total = (await (await request.get('/data/incidents.json')).json()).length;
  await page.goto('/incidents/');
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  const next = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: '2', exact: true });
  expect(total, 'the list is longer than a page').toBeGreaterThan(await page.getByTestId('incident-list').locator(':scope > li').count());
  await next.click();
  await expect(page).toHaveURL(/\/incidents\/page\/2\/$/);
  expect(xml).toContain('/incidents/page/2/</loc>');
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/incidents\/page\/2\/$/);
});
