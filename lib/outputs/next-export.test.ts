import assert from 'node:assert/strict';
import { test } from 'node:test';
import { THEME_SCRIPT } from '../theme';
import { CSP_META } from '../csp';
import { clientComponentOutsideIsland, hasIsland, INLINE_SCRIPT_DIR, pageProblems, strayFileProblem, withoutInlineScripts, withoutReactRuntime, withPolicy } from './next-export';

const page = (island = '') =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>` +
  `<script src="/_next/static/chunks/b.js" async=""></script><script>${THEME_SCRIPT}</script><script src="/_next/static/chunks/p.js" noModule=""></script></head>` +
  `<body><main><p>1 &lt; 2</p>${island}</main><script type="module" src="/enhance/site-AB12.js"></script>` +
  `<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>` +
  `<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"0:[\\"$\\",\\"p\\",null,{\\"children\\":\\"\\u003c/script\\u003e\\"}]"])</script></body></html>`;

test('a page without an island loses React and Next, and keeps its markup and the site scripts', () => {
  const html = withoutReactRuntime(page());
  assert.equal(
    html,
    `<!DOCTYPE html><html><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css"/><script>${THEME_SCRIPT}</script></head>` +
      `<body><main><p>1 &lt; 2</p></main><script type="module" src="/enhance/site-AB12.js"></script></body></html>`,
  );
});

test('islands are recognised by their marker', () => {
  assert.equal(hasIsland(page()), false);
  assert.equal(hasIsland(page('<div data-island=""><form></form></div>')), true);
});

test('the policy comes first in <head>; an island page keeps its scripts, moved into files, in order', () => {
  assert.ok(withPolicy(page()).startsWith(`<!DOCTYPE html><html><head><meta charSet="utf-8"/>${CSP_META}<link`));
  const saved = new Map<string, string>();
  const island = withoutInlineScripts(page('<div data-island=""></div>'), (name, content) => saved.set(name, content));
  assert.equal(saved.size, 3);
  const sources = [...island.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, a]) => a.includes(INLINE_SCRIPT_DIR));
  assert.deepEqual(sources.map(([, a]) => a.startsWith(' id="_R_"') || a.startsWith(' src=')), [true, true, true]);
  assert.deepEqual(sources.map(([, , content]) => content), ['', '', '']);
  assert.match([...saved.values()][0], /TURBOPACK/);
  assert.ok(island.includes(`<script>${THEME_SCRIPT}</script>`), 'the theme stays inline, allowed by its hash');
  assert.deepEqual(pageProblems(withPolicy(island)), []);
  assert.match(pageProblems(withPolicy(page('<div data-island=""></div>'))).join('\n'), /an inline script the policy would block/);
});

test('a stripped page that breaks an assumption is named, each way it can', () => {
  const good = withPolicy(withoutReactRuntime(page()));
  assert.deepEqual(pageProblems(good), []);
  assert.match(pageProblems(withoutReactRuntime(page()))[0], /Content Security Policy is not the first thing/);
  assert.match(pageProblems(good.replace(`<script>${THEME_SCRIPT}</script>`, ''))[0], /theme script is missing/);
  // Streamed Suspense output: the content waits, hidden, for a script the strip removed.
  assert.match(pageProblems(good.replace('</main>', '<div hidden id="S:0"><p>late</p></div></main>'))[0], /streamed Suspense output/);
  assert.match(pageProblems(good.replace('</main>', '<template id="B:0"></template></main>'))[0], /streamed Suspense output/);
  assert.match(pageProblems(good.replace('</body>', '<script src="/_next/static/chunks/new-runtime.js"></script></body>'))[0], /a script other than the site's own/);
});

test('a payload file under a new name is caught, robots.txt is not', () => {
  assert.equal(strayFileProblem('robots.txt'), undefined);
  assert.match(strayFileProblem('__next_payload.rsc.txt') ?? '', /looks like an RSC payload/);
});

test('a client component rendered outside an island is caught from the page payload', () => {
  const used = page().replace('[0])</script>', '[0])</script><script>self.__next_f.push([1,"7:I[4711,[\\"static/chunks/c.js\\"],\\"IncidentBrowser\\"]\\n"])</script>');
  assert.match(clientComponentOutsideIsland(used, ['IncidentBrowser', 'SearchPage']) ?? '', /IncidentBrowser renders outside an <Island>/);
  assert.equal(clientComponentOutsideIsland(used.replace('<main>', '<main><div data-island="">'), ['IncidentBrowser']), undefined);
  assert.equal(clientComponentOutsideIsland(page(), ['IncidentBrowser', 'SearchPage']), undefined);
});

