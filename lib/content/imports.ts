/**
 * What a writeup in a folder (`content/incidents/<slug>/index.mdx`) may import: its own images and
 * data files, each named by a plain `./name.ext`, and nothing else. The rule is checked twice: on
 * the syntax tree by the allow-list (body-rules.ts, with the line), and again by the esbuild step
 * that bundles the body (mdx-compile.ts), so that nothing the first check missed is ever read.
 */
import fs from 'node:fs';
import path from 'node:path';

export const IMAGE_TYPES = ['png', 'jpg', 'jpeg', 'webp', 'svg'] as const;
export const DATA_TYPES = ['json', 'csv'] as const;

export type ImportKind = 'image' | 'data';

/** One flat file name: no folders, no dot segments, no escapes, no query string. */
const OWN_FILE = /^\.\/([A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*)$/;

/** A file a body imports: what it is, where it is, and the line that imports it. */
export type ImportedFile = { kind: ImportKind; file: string; specifier: string; line: number };

export type CheckedImport = { ok: true; file: string; kind: ImportKind } | { ok: false; reason: string };

/** Whether `specifier`, imported by the writeup in `folder`, names one of its own images or data files. */
export function checkImport(folder: string | undefined, specifier: string): CheckedImport {
  const refuse = (reason: string): CheckedImport => ({ ok: false, reason: `cannot import "${specifier}": ${reason}` });
  if (folder === undefined) {
    return refuse('only a writeup in a folder (content/incidents/<slug>/index.mdx) may import files, and only its own');
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(specifier)) return refuse('URLs and built-in modules cannot be imported; import a file beside index.mdx as "./name.png"');
  if (/[?#]/.test(specifier)) return refuse('a query string or fragment is not allowed');
  const match = OWN_FILE.exec(specifier);
  if (!match) return refuse('write a file beside index.mdx as "./name.ext" (no packages, folders, ".." or absolute paths)');
  const extension = path.extname(match[1]).slice(1);
  const kind = importKindOf(extension);
  if (!kind) return refuse(`.${extension || '(none)'} files cannot be imported; allowed: ${[...IMAGE_TYPES, ...DATA_TYPES].join(', ')}`);
  const file = path.join(folder, match[1]);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch {
    return refuse(`there is no file ${match[1]} in this writeup's folder`);
  }
  // A link may lead anywhere; the file itself must be in the folder.
  if (stat.isSymbolicLink()) return refuse(`${match[1]} is a symbolic link; put the file itself in the folder`);
  if (!stat.isFile()) return refuse(`${match[1]} is not a file`);
  return { ok: true, file, kind };
}

export function importKindOf(extension: string): ImportKind | undefined {
  if ((IMAGE_TYPES as readonly string[]).includes(extension)) return 'image';
  if ((DATA_TYPES as readonly string[]).includes(extension)) return 'data';
  return undefined;
}
