/**
 * Everything the build assumes about what `next build` exports, in one place, so that an upgrade
 * of Next or React touches this file — and a check (`exportProblems`) that fails the build, naming
 * page and reason, when an assumption stops holding, instead of shipping wrong pages silently.
 *
 * - React Server Components payloads: files beside every page, which only client-side navigation
 *   fetches; Faultline links with plain <a>, so scripts/finish-export.ts removes them.
 * - Islands: a page without one (components/Island.tsx) has nothing for React to do in the browser,
 *   so it is published without React's runtime — Next's script tags and preloads, and the inline
 *   payload, a second copy of the whole page. The site's own scripts stay: the theme script in
 *   <head> and the module that enhances the search box and the theme switch (components/enhance/).
 * - Islands keep Next's inline scripts (its bootstrap and payload). They move into files under
 *   /_next/static/inline/, named by content hash and loaded in the same place and order, so that
 *   the one Content Security Policy (lib/csp.ts) allows no inline script but the theme's.
 * - Every page starts with `<meta charSet="utf-8"/>`: the policy goes right after it, before any
 *   script.
 * - The template page's splice points, where app/_render/detail-renderer.ts puts another entry's
 *   head and article.
 */
import crypto from 'node:crypto';
import { CSP_META } from '../csp';
import { THEME_SCRIPT } from '../theme';

/** The RSC payload files Next writes beside each page (index.txt, __next.<segment>.txt). */
export const RSC_PAYLOAD_FILE = /^(index\.txt|__next\..*\.txt)$/;
/** Text files the site publishes on purpose; any other .txt in the export is a payload Next renamed. */
const OWN_TEXT_FILES = new Set(['robots.txt']);

const ISLAND_MARKER = 'data-island=""';
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\/?>/g;
const OWN_SCRIPT_SRC = /\bsrc="\/enhance\//;

/** What streamed rendering leaves: content hidden until a script that a stripped page no longer has reveals it. */
const STREAMED = [/<div hidden id="S:/, /<template id="B:/, /\$RC\(/];

/** Where a template page's parts begin and end (app/_render/detail-renderer.ts). */
export const SPLICE = { headStart: '<title>', headEnd: '<link rel="icon"', main: '<main', article: '<article', articleEnd: '</article>' } as const;

const CHARSET = '<meta charSet="utf-8"/>';
/** Where an island page's inline scripts are published, under the export. */
export const INLINE_SCRIPT_DIR = '_next/static/inline';

export function hasIsland(html: string): boolean {
  return html.includes(ISLAND_MARKER);
}

export function withoutReactRuntime(html: string): string {
  return html
    .replace(SCRIPT, (tag, attributes: string, content: string) => (OWN_SCRIPT_SRC.test(attributes) || content === THEME_SCRIPT ? tag : ''))
    .replace(SCRIPT_PRELOAD, '');
}

/** The page with its Content Security Policy first in <head>, before any script. */
export function withPolicy(html: string): string {
  return html.replace(CHARSET, `${CHARSET}${CSP_META}`);
}

/**
 * The page with each inline script but the theme's moved into a file: `save(name, content)` writes
 * it under INLINE_SCRIPT_DIR. A script without async or defer runs where it stands, in order, as
 * the inline one did.
 */
export function withoutInlineScripts(html: string, save: (name: string, content: string) => void): string {
  return html.replace(SCRIPT, (tag, attributes: string, content: string) => {
    if (content === '' || content === THEME_SCRIPT || /\bsrc=/.test(attributes)) return tag;
    const name = `${crypto.createHash('sha256').update(content).digest('hex').slice(0, 20)}.js`;
    save(name, content);
    return `<script${attributes} src="/${INLINE_SCRIPT_DIR}/${name}"></script>`;
  });
}

/**
 * Why a client component is on a page with no island, if it is: `clientNames` are the exports of
 * the site's 'use client' modules, which the RSC payload names where the page uses one. Stripped of
 * React, such a component would ship as dead markup.
 */
export function clientComponentOutsideIsland(html: string, clientNames: readonly string[]): string | undefined {
  if (hasIsland(html)) return undefined;
  const used = clientNames.find((name) => new RegExp(`\\\\?"${name}\\\\?"\\]`).test(html));
  return used && `the client component ${used} renders outside an <Island>: it would ship without React`;
}

/** Why a published page (after finish-export) breaks an assumption, if it does. */
export function pageProblems(html: string): string[] {
  const problems: string[] = [];
  if (!html.includes(`<script>${THEME_SCRIPT}</script>`)) problems.push('the theme script is missing from <head>');
  if (!html.includes(`<head>${CHARSET}${CSP_META}`)) problems.push('the Content Security Policy is not the first thing in <head> after the charset');
  for (const [tag, attributes, content] of html.matchAll(SCRIPT)) {
    if (content !== '' && content !== THEME_SCRIPT && !/\bsrc=/.test(attributes)) problems.push(`an inline script the policy would block is left: ${tag.slice(0, 80)}`);
  }
  for (const marker of STREAMED) {
    if (marker.test(html)) problems.push(`streamed Suspense output (${marker.source.replace(/\\/g, '')}) would stay hidden without React`);
  }
  if (!hasIsland(html)) {
    for (const [tag, attributes, content] of html.matchAll(SCRIPT)) {
      if (!OWN_SCRIPT_SRC.test(attributes) && content !== THEME_SCRIPT) problems.push(`a script other than the site's own is left: ${tag.slice(0, 80)}`);
    }
  }
  return problems;
}

/** Why a file left in the export should not be there, if so: a payload under a name Next has changed. */
export function strayFileProblem(name: string): string | undefined {
  return name.endsWith('.txt') && !OWN_TEXT_FILES.has(name) ? `${name} looks like an RSC payload that finish-export did not recognise (Next renamed it?): it would ship with every page` : undefined;
}
