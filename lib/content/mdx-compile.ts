/**
 * Compiles an `.mdx` body with mdx-bundler. The allow-list (body-rules.ts) runs inside its remark
 * pipeline, on the one parse that also gives the search text and the checks' facts, and stops the
 * compile when the body breaks a rule: no code is ever generated from a body that fails. What is
 * left is Markdown, allow-listed components with literal props, and default imports of the
 * writeup's own images and data, which the esbuild step allows again by the same rule
 * (imports.ts) and turns into plain values (assets.ts). The code is evaluated only at build time,
 * on the server (components/BodyContent.tsx); pages ship its HTML, never the code.
 */
import os from 'node:os';
import path from 'node:path';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Root } from 'mdast';
import { bundleMDX } from 'mdx-bundler';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { plainText } from '../search/plain-text';
import { readAsset, type DataRow, type MediaFile } from './assets';
import { headingAnchors, lazyImages, type BodyFacts, type BodyOutline } from './body';
import { inspectTree, syntaxProblem, type BodySource } from './body-rules';
import { addCitations, isCitation } from './citations';
import { checkImport, type ImportedFile } from './imports';
import { liftBlocks } from './lift-blocks';
import type { ContentProblem } from './problems';

export type CompiledBody = { problems: ContentProblem[]; outline?: BodyOutline } | { problems: []; facts: BodyFacts; code: string };

/** Where a single-file writeup compiles: a folder it cannot import anything from. */
const NO_FOLDER = path.join(os.tmpdir(), 'faultline-single-file-writeup');
const ASSETS = 'faultline-asset';

type ChartUse = { data: string; x: string; y: string; line: number; column: number };

export async function compileMdx(file: BodySource): Promise<CompiledBody> {
  let outline: BodyOutline | undefined;
  let problems: ContentProblem[] = [];
  let facts: Omit<BodyFacts, 'media'> | undefined;
  let imports = new Map<string, ImportedFile>();
  const charts: ChartUse[] = [];

  function allowList() {
    return (tree: Root) => {
      addCitations(tree);
      const inspection = inspectTree(tree, file);
      const { headingIds, internalLinks, sections, citations, claims, events } = inspection;
      outline = { headingIds: [...headingIds], internalLinks, sections, citations, claims, events };
      problems = inspection.problems;
      imports = inspection.imports;
      if (problems.length > 0) throw new Error('the body breaks the allow-list');
      facts = { ...outline, ...plainText(tree) };
      charts.push(...chartUses(tree));
      citationsAsComponents(tree);
    };
  }

  const media: MediaFile[] = [];
  const values = new Map<string, unknown>();
  const lineOf = (specifier: string) => [...imports.values()].find((i) => i.specifier === specifier)?.line ?? 1;
  let code: string;
  try {
    ({ code } = await bundleMDX({
      source: file.body,
      cwd: file.folder ? path.resolve(file.folder) : NO_FOLDER,
      mdxOptions: (options) => ({
        ...options,
        remarkPlugins: [remarkGfm, allowList, liftBlocks],
        rehypePlugins: [rehypeSlug, lazyImages, headingAnchors],
      }),
      esbuildOptions: (options) => ({ ...options, plugins: [importGuard(file, media, values), ...(options.plugins ?? [])], sourcemap: false, logLevel: 'silent' }),
    }));
  } catch (error) {
    if (problems.length > 0) return { problems, outline };
    const messages = (error as { errors?: { text: string; detail?: { cause?: unknown }; pluginName?: string }[] }).errors ?? [];
    const found = messages.map((m): ContentProblem => {
      if (m.pluginName === importGuardName) {
        const specifier = /^cannot import "([^"]*)"/.exec(m.text);
        return { file: file.sourcePath, line: lineOf(specifier?.[1] ?? ''), column: 1, rule: 'mdx-import', message: m.text };
      }
      return syntaxProblem(m.detail?.cause ?? m.detail ?? m.text, file.sourcePath);
    });
    return { problems: found.length > 0 ? found : [syntaxProblem(error, file.sourcePath)], outline };
  }
  const chartProblems = charts.flatMap((chart) => {
    const data = imports.get(chart.data);
    return data ? checkChart(chart, values.get(path.resolve(data.file)), file.sourcePath) : [];
  });
  if (chartProblems.length > 0) return { problems: chartProblems, outline };
  return { problems: [], facts: { ...facts!, media }, code };
}

const importGuardName = 'faultline-imports';

/**
 * Defence in depth: every module the bundle asks for passes imports.ts again, or the build fails.
 * Only the body itself may import (its files cannot), and only MDX's own JSX runtime passes besides.
 */
export function importGuard(file: BodySource, media: MediaFile[], values: Map<string, unknown>): EsbuildPlugin {
  const isBody = (importer: string) => path.basename(importer).startsWith('_mdx_bundler_entry_point-');
  return {
    name: importGuardName,
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        if (args.path === 'react/jsx-runtime' && isBody(args.importer)) return undefined;
        if (!isBody(args.importer)) return { errors: [{ text: `cannot import "${args.path}": only the writeup itself may import files` }] };
        const checked = checkImport(file.folder, args.path);
        if (!checked.ok) return { errors: [{ text: checked.reason }] };
        return { path: path.resolve(checked.file), namespace: ASSETS, pluginData: { kind: checked.kind, specifier: args.path } };
      });
      build.onLoad({ filter: /.*/, namespace: ASSETS }, (args) => {
        const asset = readAsset(args.path, (args.pluginData as { kind: 'image' | 'data' }).kind);
        if (!asset.ok) return { errors: [{ text: `cannot import "${(args.pluginData as { specifier: string }).specifier}": ${asset.reason}` }] };
        if (asset.media) media.push(asset.media);
        values.set(args.path, asset.value);
        return { contents: JSON.stringify(asset.value), loader: 'json' };
      });
    },
  };
}

/** Citation nodes become <Cite refs="…"/>, a component MDX takes from the map the page passes. */
function citationsAsComponents(tree: Root): void {
  const visit = (node: { type: string; children?: unknown[] }) => {
    if (!node.children) return;
    node.children = node.children.map((child) => {
      const c = child as { type: string; data?: { hProperties?: { refs: string } } };
      if (!isCitation(c)) {
        visit(c as typeof node);
        return c;
      }
      return { type: 'mdxJsxTextElement', name: 'Cite', attributes: [{ type: 'mdxJsxAttribute', name: 'refs', value: c.data!.hProperties!.refs }], children: [] };
    });
  };
  visit(tree as unknown as { type: string; children?: unknown[] });
}

function chartUses(tree: Root): ChartUse[] {
  const uses: ChartUse[] = [];
  const visit = (node: { type: string; name?: string; attributes?: { name?: string; value?: unknown }[]; children?: unknown[]; position?: { start: { line: number; column: number } } }) => {
    if (node.type.startsWith('mdxJsx') && node.name === 'Chart') {
      const prop = (name: string) => node.attributes?.find((a) => a.name === name)?.value;
      const data = (prop('data') as { value?: string } | undefined)?.value ?? '';
      uses.push({ data, x: String(prop('x')), y: String(prop('y')), line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
    }
    node.children?.forEach((child) => visit(child as typeof node));
  };
  visit(tree as unknown as Parameters<typeof visit>[0]);
  return uses;
}

/** A chart's columns must be in its data: a label in every row, a number in every row. */
function checkChart(chart: ChartUse, rows: unknown, file: string): ContentProblem[] {
  const problem = (message: string): ContentProblem[] => [{ file, line: chart.line, column: chart.column, rule: 'mdx-prop', message }];
  if (!Array.isArray(rows) || rows.length === 0 || !rows.every((r) => r && typeof r === 'object')) return problem(`the data of <Chart> must be a list of rows (a CSV file, or a JSON array of objects)`);
  const table = rows as DataRow[];
  const bad = table.findIndex((r) => r[chart.x] === undefined || r[chart.x] === '');
  if (bad >= 0) return problem(`row ${bad + 1} of the data has no "${chart.x}" (x); columns: ${Object.keys(table[0]).join(', ')}`);
  const notNumber = table.findIndex((r) => typeof r[chart.y] !== 'number');
  if (notNumber >= 0) return problem(`row ${notNumber + 1} of the data has no number in "${chart.y}" (y); columns: ${Object.keys(table[0]).join(', ')}`);
  return [];
}
