import { expect, test } from '@playwright/test';
import { REPOSITORY_URL } from '../lib/site-config';
import { isShallow } from '../lib/content/history';

const SHALLOW = isShallow();

const NETWORK_EVENT = '/incidents/2011-03-17-aws-us-east-1-network-event/';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('an incident page reads completely, with its facts', async ({ page }) => {
    await page.goto(NETWORK_EVENT);
    const facts = page.getByRole('complementary', { name: 'Facts' });
    await expect(facts.getByTestId('duration')).toHaveText('2 h 28 min');
    await expect(facts).toContainText('UTC−07:00');
    await expect(facts.getByRole('link', { name: 'Amazon Web Services' })).toHaveAttribute(
      'href',
      '/organizations/amazon-web-services/',
    );
    for (const name of ['Gray failure', 'Network and routing']) {
      await expect(facts.getByRole('link', { name, exact: false })).toBeVisible();
    }
    await expect(facts.locator('.sources li').first()).toContainText(/\((postmortem|status page|news|talk|paper|blog|other)\)/);
    const body = page.locator('.prose');
    for (const section of ['Summary', 'Timeline', 'Root cause', 'Impact', 'Detection and response', 'Lessons']) {
      await expect(body.getByRole('heading', { level: 2, name: section })).toBeVisible();
    }
    await expect(page.getByRole('heading', { name: 'Related incidents' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Older and newer' })).toBeVisible();
  });

  test('a writeup renders its table and code block, and headings carry anchors', async ({ page }) => {
    await page.goto('/incidents/1980-10-27-arpanet-routing-update-storm/');
    const body = page.locator('.prose');
    await expect(body.locator('table th').first()).toBeVisible();
    expect(await body.locator('table tbody tr').count()).toBeGreaterThan(1);
    await expect(body.locator('pre code')).toContainText('101100');
    const heading = body.getByRole('heading', { level: 2, name: 'Root cause' });
    await expect(heading).toHaveAttribute('id', 'root-cause');
    await expect(heading.locator('a.heading-anchor')).toHaveAttribute('href', '#root-cause');
  });

  test('an incident without both times shows no duration', async ({ page }) => {
    await page.goto('/incidents/1980-10-27-arpanet-routing-update-storm/');
    await expect(page.getByRole('complementary', { name: 'Facts' })).toBeVisible();
    await expect(page.getByTestId('duration')).toHaveCount(0);
  });
});

test('the incident body is rendered at build time: no script file carries it', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text());
  });
  await page.goto(NETWORK_EVENT);
  await page.waitForLoadState('networkidle');
  const sentence = (await page.locator('.prose p').first().innerText()).slice(0, 60);
  expect(sentence.length).toBeGreaterThan(40);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).not.toContain(sentence);
});

test('a page without islands loads no framework: only the site script, and the header still works', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.goto(NETWORK_EVENT);
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => !s.startsWith('/enhance/'))).toEqual([]);
  expect(await page.content()).not.toContain('__next_f');
  await page.keyboard.press('/');
  await page.keyboard.type('gray failure');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test("the facts box measures time to detect and to mitigate from the writeup's structured timeline", async ({ page }) => {
  await page.goto('/incidents/2021-06-08-fastly-config-bug/');
  const facts = page.getByRole('complementary', { name: 'Facts' });
  // 09:47 start, 09:48 detected, 12:35 mitigated (UTC), as Fastly's timeline gives them.
  await expect(facts.getByTestId('time-to-detect')).toHaveText('1 min');
  await expect(facts.getByTestId('time-to-mitigate')).toHaveText('2 h 48 min');
  // Fastly gives no moment of full recovery: no duration rather than a guessed one.
  await expect(facts.getByTestId('duration')).toHaveCount(0);
});

test('the timeline figure draws the events on the clock, has an accessible name, and fits a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/incidents/2021-06-08-fastly-config-bug/');
  const figure = page.getByRole('img', { name: /^Timeline of Fastly global outage/ });
  await expect(figure).toBeVisible();
  await expect(figure.locator('circle')).toHaveCount(9);
  await expect(figure).toContainText('+2 h 48 min');
  const box = (await figure.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(360);
  // Labels of events a minute apart do not overlap.
  const [first, second] = await figure.locator('text.timeline-figure-label').all();
  const a = (await first.boundingBox())!;
  const b = (await second.boundingBox())!;
  expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
});

const PARTITION = '/incidents/2018-10-21-github-network-partition/';

test("a writeup in a folder shows its own image, served under a content-hashed name with its size", async ({ page, request }) => {
  await page.goto(PARTITION);
  const image = page.getByRole('img', { name: /^Diagram: the link between GitHub's US East Coast network hub/ });
  await image.scrollIntoViewIfNeeded();
  await expect(image).toHaveAttribute('src', /^\/media\/topology-[0-9a-f]{12}\.svg$/);
  await expect(image).toHaveAttribute('width', '720');
  await expect(image).toHaveAttribute('height', '300');
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const served = await request.get((await image.getAttribute('src'))!);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toContain('image/svg+xml');
});

test("a chart drawn from a writeup's own data has an accessible name, fits a phone, and lists its numbers", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(PARTITION);
  const chart = page.getByRole('img', { name: /^Where the 24 hours and 11 minutes went: Partition and failover, until status red 21 minutes;/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('rect.chart-bar')).toHaveCount(6);
  expect((await chart.boundingBox())!.width).toBeLessThanOrEqual(360);
  // Nor does anything else on the page make a phone scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const figure = page.locator('figure.writeup-chart');
  await figure.getByText('Where the 24 hours and 11 minutes went: the numbers').click();
  const cells = figure.getByRole('table').locator('tbody tr td:last-child');
  const minutes = (await cells.allTextContents()).map(Number);
  // GitHub's own total: 24 hours and 11 minutes.
  expect(minutes.reduce((a, b) => a + b, 0)).toBe(24 * 60 + 11);
});

test('a page compiled by mdx-bundler ships its HTML and none of its code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.goto(PARTITION);
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => !s.startsWith('/enhance/'))).toEqual([]);
  const html = await page.content();
  for (const trace of ['_jsx_runtime', '_mdx_bundler', 'getMDXComponent', 'import phases']) expect(html).not.toContain(trace);
});

test('a citation leads to its source in the facts box, and the source leads back to it', async ({ page }) => {
  await page.goto(NETWORK_EVENT);
  const citation = page.locator('.prose sup.citation a').first();
  await expect(citation).toHaveAccessibleName(/^Source 1: How to waste a friday/);
  await citation.click();
  await expect(page).toHaveURL(/#source-aws-status$/);
  const source = page.locator('#source-aws-status');
  await expect(source).toBeInViewport();
  await source.getByRole('link', { name: /^Back to citation 1 of \d+$/ }).click();
  await expect(page).toHaveURL(/#cite-aws-status-1$/);
  await expect(citation).toBeInViewport();
});

test('incident, talk and class pages link to their source file and say when it last changed', async ({ page }) => {
  const pages = [
    [NETWORK_EVENT, 'content/incidents/2011-03-17-aws-us-east-1-network-event.mdx'],
    ['/talks/2017-hotos-gray-failure/', 'content/talks/2017-hotos-gray-failure.mdx'],
    ['/failure-classes/gray-failure/', 'content/failure-classes/gray-failure.mdx'],
    [PARTITION, 'content/incidents/2018-10-21-github-network-partition/index.mdx'],
  ];
  for (const [path, file] of pages) {
    await page.goto(path);
    const edit = page.getByRole('link', { name: 'Edit this page' });
    // The build knew the repository the same way this process does (lib/site-config.ts); without
    // one, a page has no edit link rather than one into a placeholder.
    if (REPOSITORY_URL) await expect(edit).toHaveAttribute('href', `${REPOSITORY_URL}/edit/main/${file}`);
    else await expect(edit).toHaveCount(0);
    // A shallow clone knows too little history to date a file (lib/content/history.ts): no date, never a wrong one.
    if (SHALLOW) await expect(page.getByText(/Last updated/)).toHaveCount(0);
    else await expect(page.locator('.edit-links')).toContainText(/Last updated \d{1,2} [A-Z][a-z]{2} \d{4}/);
  }
});
