/**
 * Processed bodies kept in the work folder, keyed by a hash of the source, of the files a folder
 * writeup carries, and of the pipeline itself (pipeline-digest.ts): `npm run check` processes each changed
 * body once — `.md` through remark (body.ts), `.mdx` through mdx-bundler (mdx-compile.ts) — and
 * the link check, the search index and the pages read what it stored. Only bodies that pass are
 * stored.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Root as Hast } from 'hast';
import { workDir } from '../build-context';
import { processBody, type BodyFacts, type BodyOutline } from './body';
import type { BodySource } from './body-rules';
import { cacheKey, diskCache, type DiskCache } from './disk-cache';
import { compileMdxSync } from './mdx-compile-sync';
import type { CompiledBody } from './mdx-compile';
import { publishMedia } from './media';
import { pipelineDigest } from './pipeline-digest';
import { ContentError, type ContentProblem } from './problems';

export type CheckedBody = { problems: ContentProblem[]; outline?: BodyOutline } | { problems: []; facts: BodyFacts };

/** What a page renders: a Markdown body's HTML tree, or an MDX body's compiled code. */
export type RenderableBody = { tree: Hast } | { code: string };

type Processed = CompiledBody | ReturnType<typeof processBody>;

export class BodyStore {
  processed = 0;
  reused = 0;
  constructor(
    private readonly cache: DiskCache = diskCache(workDir('bodies')),
    private readonly pipeline: string = pipelineDigest(),
  ) {}

  /** The body's problems, or what the checks and the search index need from it. */
  check(file: BodySource): CheckedBody {
    const key = this.key(file);
    return this.stored(key) ?? this.save(key, file.format === 'mdx' ? compileMdxSync(file) : processBody(file));
  }

  /** The same, with `.mdx` compiled by `compile` so that many bodies can be in flight at once. */
  async checkAsync(file: BodySource, compile: (file: BodySource) => Promise<CompiledBody>): Promise<CheckedBody> {
    const key = this.key(file);
    return this.stored(key) ?? this.save(key, file.format === 'mdx' ? await compile(file) : processBody(file));
  }

  /** What the page renders; throws a ContentError for a body that fails its checks. */
  renderable(file: BodySource): RenderableBody {
    const key = this.key(file);
    const name = file.format === 'mdx' ? `${key}.code.js` : `${key}.tree.json`;
    let stored = this.cache.get(name);
    if (stored === undefined) {
      const result = this.check(file);
      if (!('facts' in result)) throw new ContentError(result.problems);
      stored = this.cache.get(name)!;
    }
    return file.format === 'mdx' ? { code: stored } : { tree: JSON.parse(stored) as Hast };
  }

  private stored(key: string): CheckedBody | undefined {
    const stored = this.cache.get(`${key}.facts.json`);
    if (stored === undefined) return undefined;
    this.reused++;
    const facts = JSON.parse(stored) as BodyFacts;
    publishMedia(facts.media);
    return { problems: [], facts };
  }

  private save(key: string, result: Processed): CheckedBody {
    if (!('facts' in result)) return result;
    // What the page renders first: a facts file means both are there.
    if ('tree' in result) this.cache.set(`${key}.tree.json`, JSON.stringify(result.tree));
    else this.cache.set(`${key}.code.js`, result.code);
    this.cache.set(`${key}.facts.json`, JSON.stringify(result.facts));
    this.processed++;
    publishMedia(result.facts.media);
    return { problems: [], facts: result.facts };
  }

  private key(file: BodySource): string {
    return cacheKey(this.pipeline, file.format, file.body, ...folderContents(file.folder));
  }
}

/** Each file of a folder writeup, by name and content: an edited image or data file is a new body. */
function folderContents(folder: string | undefined): string[] {
  if (!folder) return [];
  return fs
    .readdirSync(folder)
    .sort()
    .map((name) => {
      const file = path.join(folder, name);
      const bytes = fs.lstatSync(file).isFile() ? fs.readFileSync(file) : Buffer.from('not a file');
      return `${name}\0${crypto.createHash('sha256').update(bytes).digest('hex')}`;
    });
}
