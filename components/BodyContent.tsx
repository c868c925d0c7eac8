/**
 * Renders an entry's body from its HTML syntax tree (lib/content/body.ts) on the server at build
 * time, with the allow-listed components standing in for their names: no body code is shipped to
 * the browser, and none is run anywhere.
 */
import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { Citation, type CitableSource } from './Citation';
import { mdxComponents } from './mdx';

/** `sources` are what the body's citations number and link to: an entry's sources, links or references. */
export function BodyContent({ tree, sources = [] }: { tree: Root; sources?: CitableSource[] }) {
  const components = { ...mdxComponents, 'cite-ref': ({ refs }: { refs: string }) => <Citation refs={refs} sources={sources} /> };
  return <div className="prose">{toJsxRuntime(tree, { Fragment, jsx, jsxs, components })}</div>;
}
