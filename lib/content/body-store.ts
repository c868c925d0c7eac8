/**
 * Processed bodies (body.ts) kept in the work folder, keyed by a hash of the source and of the
 * pipeline's package versions: `npm run check` parses each changed body once, and the link check,
 * the search index and the pages read what it stored. Only bodies that pass are stored.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Root as Hast } from 'hast';
import { workDir } from '../work-dir';
import { processBody, type BodyFacts, type BodyOutline } from './body';
import type { BodySource } from './body-rules';
import { cacheKey, diskCache, type DiskCache } from './disk-cache';
import { ContentError, type ContentProblem } from './problems';

/** Bump when body.ts changes what it produces, so that stored results are not reused. */
const PIPELINE_VERSION = '8';
const PIPELINE_PACKAGES = ['remark-parse', 'remark-mdx', 'remark-gfm', 'remark-rehype', 'rehype-raw', 'rehype-slug', 'rehype-autolink-headings'];

export type CheckedBody = { problems: ContentProblem[]; outline?: BodyOutline } | { problems: []; facts: BodyFacts };

export class BodyStore {
  processed = 0;
  reused = 0;
  private readonly versions = PIPELINE_PACKAGES.map((name) => `${name}@${installedVersion(name)}`).join(' ');

  constructor(private readonly cache: DiskCache = diskCache(workDir('bodies'))) {}

  /** The body's problems, or what the checks and the search index need from it. */
  check(file: BodySource): CheckedBody {
    const key = this.key(file);
    const stored = this.cache.get(`${key}.facts.json`);
    if (stored !== undefined) {
      this.reused++;
      return { problems: [], facts: JSON.parse(stored) as BodyFacts };
    }
    return this.process(file, key);
  }

  /** The HTML syntax tree a page renders; throws a ContentError for a body that fails its checks. */
  tree(file: BodySource): Hast {
    const key = this.key(file);
    const stored = this.cache.get(`${key}.tree.json`);
    if (stored !== undefined) return JSON.parse(stored) as Hast;
    const result = this.process(file, key);
    if (!('tree' in result)) throw new ContentError(result.problems);
    return result.tree;
  }

  private key(file: BodySource): string {
    return cacheKey(PIPELINE_VERSION, this.versions, file.format, file.body);
  }

  private process(file: BodySource, key: string) {
    const result = processBody(file);
    if ('tree' in result) {
      // The tree first: a facts file means both are there.
      this.cache.set(`${key}.tree.json`, JSON.stringify(result.tree));
      this.cache.set(`${key}.facts.json`, JSON.stringify(result.facts));
      this.processed++;
    }
    return result;
  }
}

function installedVersion(name: string): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
