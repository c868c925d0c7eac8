/**
 * Compiles an entry's body with mdx-bundler (remark-gfm, heading ids and anchor links) to the
 * code string that components/MdxContent evaluates at build time. `.md` is compiled as plain
 * Markdown, never as MDX. Results are cached on disk; see compile-cache.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bundleMDX } from 'mdx-bundler';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { inspectBody } from './body-rules';
import { cacheKey, diskCache, type CompileCache } from './compile-cache';
import type { ContentProblem } from './problems';
import { workDir } from '../work-dir';

/** Bump when the compile options below change, so that cached output is not reused. */
const PIPELINE_VERSION = '2';
const COMPILER_PACKAGES = ['mdx-bundler', '@mdx-js/mdx', 'esbuild', 'remark-gfm', 'rehype-raw', 'rehype-slug', 'rehype-autolink-headings'];

const MDX_NODE_TYPES = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement'];

export type Compilable = { sourcePath: string; format: 'md' | 'mdx'; body: string };

export type CompileResult = { code: string; fromCache: boolean } | { problems: ContentProblem[] };

export class Compiler {
  compiled = 0;
  reused = 0;
  private readonly versions: string;

  constructor(private readonly cache: CompileCache = diskCache(defaultCacheDir())) {
    this.versions = COMPILER_PACKAGES.map((name) => `${name}@${installedVersion(name)}`).join(' ');
  }

  async compile(entry: Compilable): Promise<CompileResult> {
    const key = cacheKey(PIPELINE_VERSION, this.versions, process.env.NODE_ENV ?? '', entry.format, entry.body);
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      this.reused++;
      return { code: cached, fromCache: true };
    }
    // Nothing is compiled (compiling MDX runs its code) until the allow-list has passed.
    const { problems } = inspectBody(entry);
    if (problems.length > 0) return { problems };
    try {
      const { code } = await bundleMDX({
        source: entry.body,
        // The body has no front matter left; refuse executable front-matter engines all the same.
        grayMatterOptions: (options) => ({ ...options, engines: { js: refuse, javascript: refuse } }),
        mdxOptions(options) {
          options.format = entry.format;
          // mdx-bundler's entry file is always named *.mdx: let the md processor claim that name.
          if (entry.format === 'md') options.mdExtensions = ['.mdx'];
          options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm];
          options.rehypePlugins = [
            ...(options.rehypePlugins ?? []),
            // .md keeps its raw HTML, which the allow-list has limited to a few harmless elements.
            // mdx-bundler itself adds an ESM node (the front-matter export), which must pass through.
            ...(entry.format === 'md' ? [[rehypeRaw, { passThrough: MDX_NODE_TYPES }] as const] : []),
            rehypeSlug,
            [
              rehypeAutolinkHeadings,
              {
                behavior: 'append',
                properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
                content: { type: 'text', value: '#' },
              },
            ],
          ];
          return options;
        },
      });
      this.cache.set(key, code);
      this.compiled++;
      return { code, fromCache: false };
    } catch (error) {
      return { problems: compileProblems(entry.sourcePath, error) };
    }
  }
}

function refuse(): never {
  throw new Error('executable front matter is refused');
}

type EsbuildMessage = { text: string; location?: { line: number; column: number } | null };

function compileProblems(file: string, error: unknown): ContentProblem[] {
  const messages: EsbuildMessage[] = (error as { errors?: EsbuildMessage[] }).errors ?? [
    { text: error instanceof Error ? error.message : String(error) },
  ];
  return messages.map((m) => ({
    file,
    // The body keeps the file's line numbers (front matter is blanked, not removed).
    line: Math.max(1, m.location?.line ?? 1),
    column: (m.location?.column ?? 0) + 1,
    rule: 'mdx-syntax',
    message: m.text.replace(/^\[plugin: @mdx-js\/esbuild\]\s*/, ''),
  }));
}

function defaultCacheDir(): string {
  return workDir('mdx');
}

function installedVersion(name: string): string {
  const manifest = path.join(process.cwd(), 'node_modules', name, 'package.json');
  try {
    return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
