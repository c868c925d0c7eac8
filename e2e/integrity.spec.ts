/**
 * Nothing is lost: every content file has exactly one page in the exported site, and that page's
 * <h1> is the file's title. Counts come from the file system, not from the pipeline under test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

const CONTENT = path.resolve(process.env.CONTENT_DIR ?? 'content');
const OUT = path.resolve(process.env.FAULTLINE_OUT_DIR ?? 'out');
const COLLECTIONS = ['incidents', 'talks', 'failure-classes'];

function frontMatter(file: string): { title: string; draft?: boolean } {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  return parse(text.split('\n---\n')[0].replace(/^---\n/, ''));
}

for (const collection of COLLECTIONS) {
  test(`every file in content/${collection}/ has its page, titled as the file`, async ({ request }) => {
    // A writeup is a file, or a folder with its text in index.mdx.
    const dir = path.join(CONTENT, collection);
    const textOf = (f: string) => (fs.statSync(path.join(dir, f)).isDirectory() ? path.join(dir, f, 'index.mdx') : path.join(dir, f));
    const files = fs.readdirSync(dir).filter((f) => /\.mdx?$/.test(f) || fs.existsSync(path.join(dir, f, 'index.mdx')));
    const published = files.filter((f) => !frontMatter(textOf(f)).draft);
    const pages = fs
      .readdirSync(path.join(OUT, collection), { withFileTypes: true })
      .filter((d) => d.isDirectory() && fs.existsSync(path.join(OUT, collection, d.name, 'index.html')))
      .map((d) => d.name);
    expect(published.length).toBeGreaterThan(0);
    expect(pages.sort()).toEqual(published.map((f) => f.replace(/\.mdx?$/, '')).sort());

    for (const file of published) {
      const slug = file.replace(/\.mdx?$/, '');
      const response = await request.get(`/${collection}/${slug}/`);
      expect(response.status(), slug).toBe(200);
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await response.text())?.[1];
      const decoded = h1
        ?.replace(/<!-- -->/g, '')
        .replace(/&#x27;|&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
      expect(decoded, slug).toBe(frontMatter(textOf(file)).title.trim());
    }
  });
}
