/**
 * The URL rule for links, images and URL props: https:, http:, mailto:, site-relative or #anchor.
 * The check runs on what a browser would finally see: HTML character references and percent
 * escapes decoded, whitespace and control characters removed, letters case-folded — so that
 * `JaVaScRiPt:`, `jav&#x09;ascript:` or `%6Aavascript:` cannot slip through.
 */
import { ALLOWED_SCHEMES } from './mdx-allow-list';

const NAMED: Record<string, string> = {
  colon: ':', tab: '\t', newline: '\n', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", sol: '/', period: '.',
  lpar: '(', rpar: ')', num: '#', percnt: '%', nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1].toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

function decodePercent(text: string): string {
  return text.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** What the URL's scheme really is once every layer of encoding is peeled off. */
export function normaliseUrl(raw: string): string {
  let text = raw;
  for (let i = 0; i < 5; i++) {
    const next = decodePercent(decodeEntities(text));
    if (next === text) break;
    text = next;
  }
  // Browsers ignore tabs and newlines anywhere in a URL and control characters and spaces around it.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g, '').toLowerCase();
}

export type UrlVerdict = { ok: true } | { ok: false; reason: string };

export function checkUrl(raw: string): UrlVerdict {
  const url = normaliseUrl(raw);
  if (url.startsWith('//') || url.startsWith('\\\\') || url.startsWith('/\\')) {
    return { ok: false, reason: `"${raw}" is protocol-relative; write the full https:// address` };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[0];
  if (scheme && !(ALLOWED_SCHEMES as readonly string[]).includes(scheme)) {
    return { ok: false, reason: `the "${scheme}" scheme is not allowed; links may be https:, http:, mailto:, site-relative or #anchors` };
  }
  // A colon before any slash, question mark or hash makes a browser read a scheme.
  if (!scheme && /^[^/?#]*:/.test(url)) {
    return { ok: false, reason: `"${raw}" looks like a scheme that is not allowed` };
  }
  return { ok: true };
}
