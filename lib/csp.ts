/**
 * The Content Security Policy every page carries: a second wall behind the content allow-list. If a
 * contributed file ever slipped markup past the checks, the browser would still run no script but
 * the site's own files and the one inline script it needs (the theme, by hash), load nothing from
 * elsewhere, and take no plugin or <base> tag. scripts/finish-export.ts puts it in every page's
 * <head>, before any script; it moves Next's inline scripts on island pages into files, so one
 * policy fits every page. The README gives the same policy as an HTTP header, with frame-ancestors,
 * which a <meta> cannot carry.
 */
import crypto from 'node:crypto';
import { THEME_SCRIPT } from './theme';

const hash = (script: string) => `'sha256-${crypto.createHash('sha256').update(script).digest('base64')}'`;

const DIRECTIVES = [
  "default-src 'self'",
  `script-src 'self' ${hash(THEME_SCRIPT)}`,
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** The policy in a page's <meta http-equiv>. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The same policy for hosts that set headers, with what only a header can say: no framing. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

export const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}"/>`;
