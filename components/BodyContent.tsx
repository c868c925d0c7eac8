/**
 * Renders an entry's body from its HTML syntax tree (lib/content/body.ts) on the server at build
 * time, with the allow-listed components standing in for their names: no body code is shipped to
 * the browser, and none is run anywhere.
 */
import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { mdxComponents } from './mdx';

export function BodyContent({ tree }: { tree: Root }) {
  return <div className="prose">{toJsxRuntime(tree, { Fragment, jsx, jsxs, components: mdxComponents })}</div>;
}
