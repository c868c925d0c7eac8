/**
 * One bad file takes nothing else down in `npm run dev`: its page lists its problems as
 * `npm run check` prints them, every page carries a notice of them, the rest is served as usual.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { devLogFile, incidentText, problemPath, removeContent, writeContent } from './content';
import { reloadUntil } from './reload';

const problemLines = (page: Page, where: string) => page.locator(`${where} .problem-lines code`).allTextContents();

test('npm run dev starts despite a front-matter error, and prints the problem once', async ({ page }) => {
  const file = 'incidents/2015-03-03-example-broken-at-start.mdx';
  const problem = `${problemPath(file)}:6:1  unknown-field  unknown field "sumary" (did you mean "summary"?)`;
  // What it printed before next dev started: later lines are rebuilds after the specs' edits.
  const startup = fs.readFileSync(devLogFile(), 'utf8').split('▲ Next.js')[0];
  expect(startup.split(problem).length - 1, startup).toBe(1);
  expect(startup, 'no stack trace').not.toMatch(/ContentError|^\s+at /m);

  const response = await page.goto('/incidents/2015-03-03-example-broken-at-start/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Content problems in ${problemPath(file)}`);
  expect(await problemLines(page, 'article')).toEqual([problem]);
});

test('a file with a front-matter error: its page lists the problem, other pages are served; fixing it recovers', async ({ page }) => {
  const file = 'incidents/2016-06-06-example-title.mdx';
  const url = '/incidents/2016-06-06-example-title/';
  const problem = `${problemPath(file)}:2:8  invalid-field  "title" must be at least 10 characters`;
  writeContent(file, incidentText('Short', '2016-06-06'));

  await reloadUntil(page, url, async (response) => {
    expect(response?.status()).toBe(200);
    expect(await problemLines(page, 'article')).toEqual([problem]);
  });

  const other = await page.goto('/incidents/2011-03-17-example-router/');
  expect(other?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture: a router fails partially and silently');
  expect(await problemLines(page, '.content-problems')).toContain(problem);

  writeContent(file, incidentText('Fixture: a title long enough now', '2016-06-06'));
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture: a title long enough now');
  expect(await problemLines(page, '.content-problems')).not.toContain(problem);

  // Gone from the preview. next dev answers 404 while it still lists the slug, and 500 ("missing
  // param") once it has re-read generateStaticParams: either way the page is no longer served.
  removeContent(file);
  await reloadUntil(page, url, async (response) => expect([404, 500]).toContain(response?.status()));
});

test('a body that breaks the allow-list: its page lists the problem instead of failing', async ({ page }) => {
  const file = 'incidents/2016-08-08-example-script.mdx';
  const text = incidentText('Fixture: a body with a script element', '2016-08-08', '<script>alert(1)</script>\n');
  const line = text.split('\n').indexOf('<script>alert(1)</script>') + 1;
  const problem = `${problemPath(file)}:${line}:1  mdx-component  <script> is not allowed; allowed: Timeline, Event, Callout, Metric, Figure, Chart, abbr, sub, sup, kbd, br`;
  writeContent(file, text);

  await reloadUntil(page, '/incidents/2016-08-08-example-script/', async (response) => {
    expect(response?.status()).toBe(200);
    expect(await problemLines(page, 'article')).toEqual([problem]);
  });
  removeContent(file);
});
