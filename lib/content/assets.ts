/**
 * What an imported file becomes in a writeup's compiled body (mdx-compile.ts): an image, its
 * content-hashed address in the site with its width and height; a data file, its rows. Each file
 * is read as what its extension says it is, or refused: a `.png` must be a PNG, an SVG must not be
 * able to run script or fetch anything when it is opened on its own, data must parse.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { ImportKind } from './imports';

/** Where the site serves imported images from (lib/content/media.ts puts them there). */
export const MEDIA_PATH = '/media/';

export type Image = { src: string; width: number; height: number };
export type DataRow = Record<string, string | number>;
/** An image written into the site: its file name under /media/ and the file it is a copy of. */
export type MediaFile = { name: string; source: string };

export type Asset = { ok: true; value: Image | unknown; media?: MediaFile } | { ok: false; reason: string };

const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
const MAX_DATA_BYTES = 256 * 1024;

const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  png: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  jpg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  webp: (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
  svg: (b) => /^\s*(<\?xml[^>]*>\s*)?(<!--[^]*?-->\s*)*<svg[\s>]/.test(b.toString('utf8')),
};
SIGNATURES.jpeg = SIGNATURES.jpg;

/**
 * What an SVG opened as a page of this site could use to run script or load something: scripts,
 * event handlers, embedded HTML, links and references to anything but its own #ids, styles
 * (which can @import), entities and doctypes.
 */
const SVG_HAZARDS: [RegExp, string][] = [
  [/<([\w-]+:)?script/i, '<script>'],
  [/\son[a-z]+\s*=/i, 'an event handler attribute'],
  [/<([\w-]+:)?(foreignObject|iframe|embed|object|html|body)[\s>/]/i, 'embedded HTML'],
  [/<([\w-]+:)?style[\s>/]|\sstyle\s*=/i, 'styles (use presentation attributes such as fill)'],
  [/<!(DOCTYPE|ENTITY)/i, 'a doctype or entity'],
  [/href\s*=\s*(?!["']?\s*#)/i, 'a link or reference to anything but an #id in the file'],
  [/url\((?!\s*["']?\s*#)/i, 'a url() reference to anything but an #id in the file'],
  [/javascript:|data:/i, 'a javascript: or data: address'],
];

/** Reads an imported file of the writeup as the module its body gets. */
export function readAsset(file: string, kind: ImportKind): Asset {
  const bytes = fs.readFileSync(file);
  const extension = path.extname(file).slice(1);
  const name = path.basename(file);
  if (kind === 'image') {
    if (bytes.length > MAX_IMAGE_BYTES) return { ok: false, reason: `${name} is ${bytes.length} bytes; an image may be ${MAX_IMAGE_BYTES}` };
    if (!SIGNATURES[extension](bytes)) return { ok: false, reason: `${name} is not a ${extension.toUpperCase()} image` };
    if (extension === 'svg') {
      const hazard = SVG_HAZARDS.find(([pattern]) => pattern.test(bytes.toString('utf8')));
      if (hazard) return { ok: false, reason: `${name} contains ${hazard[1]}, which an image of this site may not` };
    }
    let size: { width?: number; height?: number };
    try {
      size = imageSize(bytes);
    } catch {
      size = {};
    }
    if (!size.width || !size.height) return { ok: false, reason: `${name} does not say its width and height${extension === 'svg' ? ' (give the <svg> width and height or a viewBox)' : ''}` };
    const hash = crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 12);
    const hashed = `${path.basename(name, `.${extension}`)}-${hash}.${extension}`;
    return { ok: true, value: { src: `${MEDIA_PATH}${hashed}`, width: size.width, height: size.height }, media: { name: hashed, source: file } };
  }
  if (bytes.length > MAX_DATA_BYTES) return { ok: false, reason: `${name} is ${bytes.length} bytes; a data file may be ${MAX_DATA_BYTES}` };
  const text = bytes.toString('utf8');
  const parsed = extension === 'json' ? parseJson(text) : parseCsv(text);
  if ('reason' in parsed) return { ok: false, reason: `${name}: ${parsed.reason}` };
  const unsafe = unsafeKey(parsed.value);
  if (unsafe) return { ok: false, reason: `${name}: the key "${unsafe}" is not allowed` };
  return { ok: true, value: parsed.value };
}

function parseJson(text: string): { value: unknown } | { reason: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { reason: `not valid JSON (${(error as Error).message})` };
  }
}

/** Keys that would change an object's prototype when the data becomes a JavaScript literal. */
function unsafeKey(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  for (const [key, inner] of Object.entries(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return key;
    const found = unsafeKey(inner);
    if (found) return found;
  }
  return undefined;
}

/**
 * CSV as RFC 4180 writes it: a header row, then rows of as many fields; fields may be quoted,
 * with "" for a quote. A field that is a plain decimal number becomes a number.
 */
export function parseCsv(text: string): { value: DataRow[] } | { reason: string } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) return { reason: 'a quoted field is never closed' };
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header, ...body] = rows.filter((r) => !(r.length === 1 && r[0] === ''));
  if (!header || body.length === 0) return { reason: 'needs a header row and at least one row of data' };
  const bad = body.findIndex((r) => r.length !== header.length);
  if (bad >= 0) return { reason: `row ${bad + 2} has ${body[bad].length} fields where the header has ${header.length}` };
  return {
    value: body.map((r) => Object.fromEntries(header.map((key, i) => [key.trim(), /^-?\d+(\.\d+)?$/.test(r[i].trim()) ? Number(r[i]) : r[i]]))),
  };
}
