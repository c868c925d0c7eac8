/**
 * Loads content/{incidents,talks,failure-classes}: every file becomes a typed entry or a problem
 * with its place. All problems of all files are collected and thrown together; nothing is skipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { ContentError, type ContentProblem } from './problems';
import { splitFrontMatter } from './front-matter';
import { COLLECTIONS, SLUG_PATTERN, type CollectionName } from './schema';
import { KIND_OF, type ContentEntry, type Corpus, type FailureClass, type Incident, type Talk } from './model';
import { duplicateFinder } from './duplicates';
import { PLACEHOLDER, PLACEHOLDER_URL } from './placeholder';
import { closest, didYouMean } from './suggest';
import { step } from '../build-context';
import { DATA_TYPES, IMAGE_TYPES, importKindOf } from './imports';

export const MAX_FILE_BYTES = 1024 * 1024;

/** Where a front-matter field of a file is written (front-matter.ts). */
export type Locate = (p: readonly PropertyKey[], atKey?: boolean) => { line: number; column: number };

/**
 * A file whose front matter parsed: its entry if every field is valid, and in any case the fields
 * that are valid on their own, so that the cross-file checks still run on a file with a bad field.
 */
type Located = { entry?: ContentEntry; kind: ContentEntry['kind']; slug: string; sourcePath: string; fields: Record<string, unknown>; locate: Locate };

/** A file whose body could be read, whether or not its front matter is valid. */
export type ReadBody = { sourcePath: string; format: 'md' | 'mdx'; body: string; kind: ContentEntry['kind']; folder?: string };

export type ContentRead = {
  /** Every entry with valid front matter, drafts included. */
  entries: ContentEntry[];
  bodies: ReadBody[];
  problems: ContentProblem[];
  /** What may be a mistake but need not be (a likely duplicate): reported, never fatal. */
  warnings: ContentProblem[];
  /** Each entry's front-matter positions, by its file, for the checks that run on bodies. */
  locators: Map<string, Locate>;
};

/** The published corpus, or a ContentError with every front-matter and reference problem. */
export function loadCorpus(contentDir: string): Corpus {
  const snapshot = readSnapshot(contentDir);
  if (snapshot) return snapshot;
  const { entries, problems } = readContent(contentDir);
  if (problems.length > 0) throw new ContentError(problems);
  return toCorpus(entries);
}

/**
 * The corpus as the check read it, for the later steps of the same build: reading the front matter
 * of 10,000 files costs each of them some 3 seconds, parsing this a fraction. scripts/build.ts names
 * the file (lib/build-context.ts) and removes it before the check writes it again.
 */
type Snapshot = { contentDir: string; entries: ContentEntry[] };

export function writeSnapshot(contentDir: string, corpus: Corpus): void {
  const file = step().corpusSnapshot;
  if (!file) return;
  const snapshot: Snapshot = { contentDir: path.resolve(contentDir), entries: [...corpus.bySlug.values()] };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(snapshot));
}

function readSnapshot(contentDir: string): Corpus | undefined {
  const file = step().corpusSnapshot;
  if (!file || !fs.existsSync(file)) return undefined;
  const snapshot = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
  return snapshot.contentDir === path.resolve(contentDir) ? toCorpus(snapshot.entries) : undefined;
}

/** Reads and validates every file's front matter; never throws on bad content. */
export function readContent(contentDir: string): ContentRead {
  const problems: ContentProblem[] = [];
  const loaded: Located[] = [];
  const bodies: ReadBody[] = [];
  const filesBySlug = new Map<string, string>();

  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    const dir = path.join(contentDir, collection);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const writeup = locateWriteup(collection, dir, name, problems);
      if (!writeup) continue;
      const { slug, format, folder } = writeup;
      const file = writeup.file;
      const report = (rule: string, message: string, line = 1, column = 1) =>
        problems.push({ file, line, column, rule, message });

      if (!SLUG_PATTERN.test(slug)) {
        report('slug', `the ${folder ? 'folder' : 'file'} name "${slug}" must be lower-case a-z, 0-9 and single hyphens`);
      }
      const other = filesBySlug.get(slug);
      if (other) report('duplicate-slug', `the slug "${slug}" is already used by ${other}`);
      filesBySlug.set(slug, file);

      const bytes = fs.statSync(file).size;
      if (bytes > MAX_FILE_BYTES) {
        report('file-size', `the file is ${bytes} bytes; the limit is ${MAX_FILE_BYTES}`);
        continue;
      }

      const split = splitFrontMatter(fs.readFileSync(file, 'utf8'));
      for (const p of split.problems) report(p.rule, p.message, p.line, p.column);
      // A body is checked even when its front matter is not valid: every problem in one run.
      const kind = KIND_OF[collection];
      if (split.body !== undefined) bodies.push({ sourcePath: file, format, body: split.body, kind, ...(folder ? { folder } : {}) });
      if (split.problems.length > 0) continue;

      const located: Located = { kind, slug, sourcePath: file, fields: {}, locate: split.locate };
      const result = COLLECTIONS[collection].safeParse(split.data);
      if (result.success) {
        located.fields = result.data;
        located.entry = { ...result.data, kind, slug, url: `/${collection}/${slug}/`, sourcePath: file, format, body: split.body!, ...(folder ? { folder } : {}) } as ContentEntry;
      } else {
        const described = result.error.issues.flatMap((issue) => describeIssue(issue, collection, split.data));
        // "titel" is one mistake: the unknown field says so, and "title is required" would say it twice.
        const misspelt = new Set(described.map((p) => p.misspells));
        for (const problem of described) {
          if (problem.rule === 'required-field' && misspelt.has(problem.path.join('.'))) continue;
          const at = split.locate(problem.path, problem.rule === 'unknown-field');
          report(problem.rule, problem.message, at.line, at.column);
        }
        located.fields = validFields(collection, split.data);
      }
      const reportAt = (rule: string, message: string, p: readonly PropertyKey[]) => {
        const at = split.locate(p);
        report(rule, message, at.line, at.column);
      };
      checkNaming(located, reportAt);
      checkPlaceholders(located, reportAt);
      loaded.push(located);
    }
  }

  checkReferences(loaded, problems);
  return {
    entries: loaded.flatMap((l) => (l.entry ? [l.entry] : [])),
    bodies,
    problems,
    warnings: duplicateWarnings(loaded),
    locators: new Map(loaded.map((l) => [l.sourcePath, l.locate])),
  };
}

type Writeup = { slug: string; format: 'md' | 'mdx'; file: string; folder?: string };

/**
 * What an entry of a collection's folder is: a writeup file (`<slug>.md`, `<slug>.mdx`), or an
 * incident or talk as a folder (`<slug>/index.mdx` with the images and data it imports). Anything
 * else is reported, and so is anything in a writeup's folder that its body could not import.
 */
function locateWriteup(collection: CollectionName, dir: string, name: string, problems: ContentProblem[]): Writeup | undefined {
  const full = path.join(dir, name);
  const relative = (p: string) => path.relative(process.cwd(), p) || p;
  const report = (at: string, message: string) => problems.push({ file: relative(at), line: 1, column: 1, rule: 'file-type', message });
  const stat = fs.lstatSync(full);
  if (stat.isDirectory() && collection !== 'failure-classes') {
    const index = path.join(full, 'index.mdx');
    if (!fs.existsSync(index) || !fs.lstatSync(index).isFile()) {
      report(full, `a writeup folder holds its text in index.mdx (content/${collection}/${name}/index.mdx)`);
      return undefined;
    }
    for (const other of fs.readdirSync(full).sort()) {
      if (other === 'index.mdx') continue;
      const at = path.join(full, other);
      const kind = fs.lstatSync(at);
      if (kind.isSymbolicLink()) report(at, 'a symbolic link may lead anywhere; put the file itself in the writeup\'s folder');
      else if (!kind.isFile()) report(at, 'a writeup folder holds index.mdx and its files, with no folders inside');
      else if (!importKindOf(path.extname(other).slice(1))) report(at, `only images (${IMAGE_TYPES.join(', ')}) and data (${DATA_TYPES.join(', ')}) may sit beside index.mdx`);
    }
    return { slug: name, format: 'mdx', file: relative(index), folder: relative(full) };
  }
  const match = /^(.*)\.(mdx?)$/.exec(name);
  if (!match || !stat.isFile()) {
    const folders = collection === 'failure-classes' ? '' : ', or a folder with an index.mdx';
    report(full, `only .md and .mdx files${folders} belong in content/${collection}/`);
    return undefined;
  }
  return { slug: match[1], format: match[2] as 'md' | 'mdx', file: relative(full) };
}

type IssueProblem = { path: PropertyKey[]; rule: string; message: string; /** The known field an unknown one is likely a typo of. */ misspells?: string };

const EXPECTED: Record<string, string> = {
  array: 'a list, e.g. [a, b]',
  string: 'text',
  boolean: 'true or false',
  object: 'a mapping of field: value',
  number: 'a number',
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function describeIssue(issue: z.core.$ZodIssue, collection: CollectionName, data: unknown): IssueProblem[] {
  const field = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(COLLECTIONS[collection].shape);
    return issue.keys.map((key) => {
      const misspells = issue.path.length === 0 ? closest(key, known) : undefined;
      return {
        path: [...issue.path, key],
        rule: 'unknown-field',
        message: `unknown field "${[...issue.path, key].join('.')}"${misspells ? ` (did you mean "${misspells}"?)` : ''}`,
        misspells,
      };
    });
  }
  if (issue.code === 'invalid_type') {
    if (valueAt(data, issue.path) === undefined) {
      return [{ path: issue.path, rule: 'required-field', message: `"${field}" is required` }];
    }
    const expected = EXPECTED[issue.expected] ?? issue.expected;
    return [{ path: issue.path, rule: 'invalid-field', message: `"${field}" must be ${expected}` }];
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return [{ path: issue.path, rule: 'invalid-value', message: `"${field}" must be one of ${issue.values.join(', ')}` }];
  }
  return [{ path: issue.path, rule: 'invalid-field', message: `"${field}" ${issue.message}` }];
}

/** The fields of a mapping that are valid on their own, for the checks that need only them. */
function validFields(collection: CollectionName, data: unknown): Record<string, unknown> {
  const record = data as Record<string, unknown>;
  const shape = COLLECTIONS[collection].shape as Record<string, z.ZodType>;
  return Object.fromEntries(Object.entries(shape).flatMap(([field, schema]) => {
    const parsed = schema.safeParse(record[field]);
    return parsed.success && parsed.data !== undefined ? [[field, parsed.data]] : [];
  }));
}

/** File names carry the date so that the content folder reads in order. */
function checkNaming(
  { kind, slug, fields }: Located,
  report: (rule: string, message: string, path: PropertyKey[]) => void,
): void {
  if (kind === 'failure-class' && typeof fields.id === 'string' && fields.id !== slug) {
    report('class-id', `"id" is "${fields.id}" but the file is named "${slug}"; they must be equal`, ['id']);
  }
  if (kind === 'failure-class' || typeof fields.date !== 'string') return;
  const prefix = kind === 'incident' ? fields.date : fields.date.slice(0, 4);
  const shape = kind === 'incident' ? '<date>-<organisation>-<a-few-words>' : '<year>-<event>-<a-few-words>';
  if (slug === prefix) {
    report('slug-date', `the file name needs a short name after the ${kind === 'incident' ? 'date' : 'year'}, in a-z, 0-9 and hyphens: ${shape}, e.g. "${prefix}-example-outage"`, ['date']);
  } else if (!slug.startsWith(`${prefix}-`)) {
    report('slug-date', `the file name must start with the ${kind === 'incident' ? "incident's date" : "talk's year"}, "${prefix}-" (${shape})`, ['date']);
  }
}

/** A published file may not keep the scaffold's "TODO:" placeholders in its front matter; a draft may. */
function checkPlaceholders({ kind, fields }: Located, report: (rule: string, message: string, path: PropertyKey[]) => void): void {
  if (kind === 'failure-class' || fields.draft === true) return;
  const message = (field: string) => `"${field}" still holds a "${PLACEHOLDER}" placeholder; finish it or keep "draft: true"`;
  if (typeof fields.summary === 'string' && fields.summary.includes(PLACEHOLDER)) report('placeholder', message('summary'), ['summary']);
  const field = kind === 'incident' ? 'sources' : 'links';
  const links = (fields[field] ?? []) as { title: string; url: string }[];
  links.forEach((l, i) => {
    if (l.title.includes(PLACEHOLDER) || l.url.includes(PLACEHOLDER_URL)) report('placeholder', message(`${field}[${i}]`), [field, i]);
  });
}

function checkReferences(loaded: Located[], problems: ContentProblem[]): void {
  const classIds = loaded.filter((l) => l.kind === 'failure-class').map((l) => l.slug);
  const published = new Map(loaded.filter((l) => l.entry && !isDraft(l.entry)).map((l) => [l.slug, l.entry!]));
  for (const { kind, slug: self, sourcePath, fields, locate } of loaded) {
    const report = (rule: string, message: string, at: readonly PropertyKey[]) =>
      problems.push({ file: sourcePath, ...locate(at), rule, message });
    if (kind === 'failure-class') continue;
    ((fields.failureClasses ?? []) as string[]).forEach((id, i) => {
      if (!classIds.includes(id)) {
        report('unknown-failure-class', `unknown failure class "${id}"${didYouMean(id, classIds)}`, ['failureClasses', i]);
      }
    });
    ((fields.notDuplicateOf ?? []) as string[]).forEach((slug, i) => {
      if (!loaded.some((l) => l.kind === 'incident' && l.slug === slug)) report('related', `no incident "${slug}"${didYouMean(slug, published.keys())}`, ['notDuplicateOf', i]);
    });
    ((fields.related ?? []) as string[]).forEach((slug, i) => {
      if (slug === self) report('related', 'an entry cannot be related to itself', ['related', i]);
      else if (!published.has(slug)) {
        const other = loaded.find((l) => l.slug === slug);
        const why = !other
          ? `no incident, talk or failure class "${slug}"${didYouMean(slug, published.keys())}`
          : other.entry
            ? `"${slug}" is a draft and is not published`
            : `"${slug}" is not published until its front-matter problems are fixed (${other.sourcePath})`;
        report('related', why, ['related', i]);
      }
    });
  }
}

/** Incidents that look like another (lib/content/duplicates.ts), unless either says it is not. */
function duplicateWarnings(loaded: Located[]): ContentProblem[] {
  const incidents = loaded.flatMap((l) => (l.entry?.kind === 'incident' ? [{ ...l.entry, locate: l.locate }] : []));
  const find = duplicateFinder(incidents);
  const denied = (a: Incident, b: Incident) => !!a.notDuplicateOf?.includes(b.slug) || !!b.notDuplicateOf?.includes(a.slug);
  return incidents.flatMap((incident) =>
    find(incident)
      .filter(({ entry }) => !denied(incident, entry))
      .map(({ entry, reason }) => ({
        file: incident.sourcePath,
        ...incident.locate(['title']),
        rule: 'likely-duplicate',
        message: `may be the incident already written up in ${entry.sourcePath} (${reason}); if it is another one, add notDuplicateOf: [${entry.slug}]`,
      })),
  );
}

function isDraft(entry: ContentEntry): boolean {
  return entry.kind !== 'failure-class' && entry.draft === true;
}

/** The entries the site shows, sorted; drafts only when asked for (`npm run dev` previews them). */
export function toCorpus(entries: ContentEntry[], { drafts = false }: { drafts?: boolean } = {}): Corpus {
  const live = drafts ? entries : entries.filter((e) => !isDraft(e));
  const newestFirst = <T extends Incident | Talk>(a: T, b: T) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
  return {
    incidents: live.filter((e): e is Incident => e.kind === 'incident').sort(newestFirst),
    talks: live.filter((e): e is Talk => e.kind === 'talk').sort(newestFirst),
    failureClasses: live
      .filter((e): e is FailureClass => e.kind === 'failure-class')
      .sort((a, b) => a.title.localeCompare(b.title)),
    bySlug: new Map(live.map((e) => [e.slug, e])),
  };
}
