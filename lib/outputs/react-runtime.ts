/**
 * A page without a React island (components/Island.tsx) has nothing for React to do in the
 * browser, so it is published without React's runtime: Next's script tags and preloads, and the
 * inline React Server Components payload — a second copy of the whole page, two thirds of an
 * incident page's bytes. The site's own scripts stay: the theme script in <head> and the module
 * that enhances the search box and the theme switch (components/enhance/).
 */
import { THEME_SCRIPT } from '../theme';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\/?>/g;
const OWN_SCRIPT_SRC = /\bsrc="\/enhance\//;

export function hasIsland(html: string): boolean {
  return html.includes('data-island=""');
}

export function withoutReactRuntime(html: string): string {
  return html
    .replace(SCRIPT, (tag, attributes: string, content: string) => (OWN_SCRIPT_SRC.test(attributes) || content === THEME_SCRIPT ? tag : ''))
    .replace(SCRIPT_PRELOAD, '');
}
