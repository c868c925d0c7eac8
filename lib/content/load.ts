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
import { didYouMean } from './suggest';

export const MAX_FILE_BYTES = 1024 * 1024;

type Located = { entry: ContentEntry; locate: (p: readonly PropertyKey[]) => { line: number; column: number } };

/** A file whose body could be read, whether or not its front matter is valid. */
export type ReadBody = { sourcePath: string; format: 'md' | 'mdx'; body: string };

export type ContentRead = {
  /** Every entry with valid front matter, drafts included. */
  entries: ContentEntry[];
  bodies: ReadBody[];
  problems: ContentProblem[];
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
 * the file (FAULTLINE_CORPUS_SNAPSHOT) and removes it before the check writes it again.
 */
type Snapshot = { contentDir: string; entries: ContentEntry[] };

export function writeSnapshot(contentDir: string, corpus: Corpus): void {
  const file = process.env.FAULTLINE_CORPUS_SNAPSHOT;
  if (!file) return;
  const snapshot: Snapshot = { contentDir: path.resolve(contentDir), entries: [...corpus.bySlug.values()] };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(snapshot));
}

function readSnapshot(contentDir: string): Corpus | undefined {
  const file = process.env.FAULTLINE_CORPUS_SNAPSHOT;
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
      const file = path.relative(process.cwd(), path.join(dir, name)) || name;
      const report = (rule: string, message: string, line = 1, column = 1) =>
        problems.push({ file, line, column, rule, message });

      const match = /^(.*)\.(mdx?)$/.exec(name);
      if (!match || !fs.statSync(path.join(dir, name)).isFile()) {
        report('file-type', `only .md and .mdx files belong in content/${collection}/`);
        continue;
      }
      const [, slug, format] = match;
      if (!SLUG_PATTERN.test(slug)) {
        report('slug', `the file name "${slug}" must be lower-case a-z, 0-9 and single hyphens`);
      }
      const other = filesBySlug.get(slug);
      if (other) report('duplicate-slug', `the slug "${slug}" is already used by ${other}`);
      filesBySlug.set(slug, file);

      const bytes = fs.statSync(path.join(dir, name)).size;
      if (bytes > MAX_FILE_BYTES) {
        report('file-size', `the file is ${bytes} bytes; the limit is ${MAX_FILE_BYTES}`);
        continue;
      }

      const split = splitFrontMatter(fs.readFileSync(path.join(dir, name), 'utf8'));
      for (const p of split.problems) report(p.rule, p.message, p.line, p.column);
      if (split.problems.length > 0) continue;
      bodies.push({ sourcePath: file, format: format as 'md' | 'mdx', body: split.body });

      const result = COLLECTIONS[collection].safeParse(split.data);
      if (!result.success) {
        for (const issue of result.error.issues) {
          for (const problem of describeIssue(issue, collection, split.data)) {
            const at = split.locate(problem.path, problem.rule === 'unknown-field');
            report(problem.rule, problem.message, at.line, at.column);
          }
        }
        continue;
      }
      const entry = {
        ...result.data,
        kind: KIND_OF[collection],
        slug,
        url: `/${collection}/${slug}/`,
        sourcePath: file,
        format: format as 'md' | 'mdx',
        body: split.body,
      } as ContentEntry;
      checkNaming(entry, (rule, message, p) => {
        const at = split.locate(p);
        report(rule, message, at.line, at.column);
      });
      loaded.push({ entry, locate: split.locate });
    }
  }

  checkReferences(loaded, problems);
  return { entries: loaded.map((l) => l.entry), bodies, problems };
}

type IssueProblem = { path: PropertyKey[]; rule: string; message: string };

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
    return issue.keys.map((key) => ({
      path: [...issue.path, key],
      rule: 'unknown-field',
      message: `unknown field "${[...issue.path, key].join('.')}"${issue.path.length === 0 ? didYouMean(key, known) : ''}`,
    }));
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

/** File names carry the date so that the content folder reads in order. */
function checkNaming(
  entry: ContentEntry,
  report: (rule: string, message: string, path: PropertyKey[]) => void,
): void {
  if (entry.kind === 'failure-class' && entry.id !== entry.slug) {
    report('class-id', `"id" is "${entry.id}" but the file is named "${entry.slug}"; they must be equal`, ['id']);
  }
  if (entry.kind === 'incident' && !entry.slug.startsWith(`${entry.date}-`)) {
    report('slug-date', `the file name must start with the incident's date, "${entry.date}-"`, ['date']);
  }
  if (entry.kind === 'talk' && !entry.slug.startsWith(`${entry.date.slice(0, 4)}-`)) {
    report('slug-date', `the file name must start with the talk's year, "${entry.date.slice(0, 4)}-"`, ['date']);
  }
}

function checkReferences(loaded: Located[], problems: ContentProblem[]): void {
  const classIds = loaded.filter((l) => l.entry.kind === 'failure-class').map((l) => l.entry.slug);
  const published = new Map(loaded.filter((l) => !isDraft(l.entry)).map((l) => [l.entry.slug, l.entry]));
  for (const { entry, locate } of loaded) {
    const report = (rule: string, message: string, at: readonly PropertyKey[]) =>
      problems.push({ file: entry.sourcePath, ...locate(at), rule, message });
    if (entry.kind !== 'failure-class') {
      entry.failureClasses.forEach((id, i) => {
        if (!classIds.includes(id)) {
          report('unknown-failure-class', `unknown failure class "${id}"${didYouMean(id, classIds)}`, ['failureClasses', i]);
        }
      });
    }
    const related = entry.kind === 'failure-class' ? [] : (entry.related ?? []);
    related.forEach((slug, i) => {
      if (slug === entry.slug) report('related', 'an entry cannot be related to itself', ['related', i]);
      else if (!published.has(slug)) {
        const draft = loaded.some((l) => l.entry.slug === slug);
        report(
          'related',
          draft ? `"${slug}" is a draft and is not published` : `no incident, talk or failure class "${slug}"${didYouMean(slug, published.keys())}`,
          ['related', i],
        );
      }
    });
  }
}

function isDraft(entry: ContentEntry): boolean {
  return entry.kind !== 'failure-class' && entry.draft === true;
}

export function toCorpus(entries: ContentEntry[]): Corpus {
  const live = entries.filter((e) => !isDraft(e));
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
