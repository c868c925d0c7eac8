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
 * - The template page's splice points, where app/_render/detail-renderer.ts puts another entry's
 *   head and article.
 */
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

export function hasIsland(html: string): boolean {
  return html.includes(ISLAND_MARKER);
}

export function withoutReactRuntime(html: string): string {
  return html
    .replace(SCRIPT, (tag, attributes: string, content: string) => (OWN_SCRIPT_SRC.test(attributes) || content === THEME_SCRIPT ? tag : ''))
    .replace(SCRIPT_PRELOAD, '');
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
