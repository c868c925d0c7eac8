/**
 * What identifies the code that turns a body into what the store keeps (body-store.ts): the source
 * of every module of the content pipeline — the allow-list, the URL rule, the compilers, the checks
 * — and the search text's extraction, with the versions of the packages they run. A tightened rule
 * is a new digest, so a warm cache can never pass a body the new rule refuses. (It replaced a
 * version number bumped by hand, which a change could forget.)
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const PACKAGES = ['remark-parse', 'remark-mdx', 'remark-gfm', 'remark-rehype', 'rehype-raw', 'rehype-slug', 'rehype-autolink-headings', 'mdx-bundler', '@mdx-js/mdx', 'esbuild', 'image-size'];

/** The pipeline's own files under `root` (the repository): lib/content's modules and the search text's. */
export function pipelineFiles(root: string): string[] {
  const content = path.join(root, 'lib', 'content');
  const modules = fs
    .readdirSync(content)
    .filter((name) => /\.(ts|tsx|cjs)$/.test(name) && !/\.test\.tsx?$/.test(name))
    .map((name) => path.join(content, name));
  return [...modules, path.join(root, 'lib', 'search', 'plain-text.ts')].sort();
}

export function pipelineDigest(root: string = process.cwd()): string {
  const hash = crypto.createHash('sha256');
  for (const file of pipelineFiles(root)) hash.update(`${path.relative(root, file)}\0`).update(fs.readFileSync(file)).update('\0');
  for (const name of PACKAGES) hash.update(`${name}@${installedVersion(root, name)}\0`);
  return hash.digest('hex');
}

function installedVersion(root: string, name: string): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
