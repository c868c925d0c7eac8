import assert from 'node:assert/strict';
import { test } from 'node:test';
import { THEME_SCRIPT } from '../theme';
import { hasIsland, withoutReactRuntime } from './react-runtime';

const page = (island = '') =>
  `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>` +
  `<script src="/_next/static/chunks/b.js" async=""></script><script>${THEME_SCRIPT}</script><script src="/_next/static/chunks/p.js" noModule=""></script></head>` +
  `<body><main><p>1 &lt; 2</p>${island}</main><script type="module" src="/enhance/site-AB12.js"></script>` +
  `<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>` +
  `<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"0:[\\"$\\",\\"p\\",null,{\\"children\\":\\"\\u003c/script\\u003e\\"}]"])</script></body></html>`;

test('a page without an island loses React and Next, and keeps its markup and the site scripts', () => {
  const html = withoutReactRuntime(page());
  assert.equal(
    html,
    `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/><script>${THEME_SCRIPT}</script></head>` +
      `<body><main><p>1 &lt; 2</p></main><script type="module" src="/enhance/site-AB12.js"></script></body></html>`,
  );
});

test('islands are recognised by their marker', () => {
  assert.equal(hasIsland(page()), false);
  assert.equal(hasIsland(page('<div data-island=""><form></form></div>')), true);
});
