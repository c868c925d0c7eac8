/**
 * Renders an entry's body on the server at build time, with the allow-listed components standing
 * in for their names: a Markdown body from its HTML syntax tree (lib/content/body.ts), an MDX body
 * by evaluating the code mdx-bundler compiled from it (lib/content/mdx-compile.ts), here and only
 * here. The browser gets the HTML; no body code is shipped to it.
 */
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { getMDXComponent } from 'mdx-bundler/client';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { RenderableBody } from '@/lib/content';
import { Citation, type CitableSource } from './Citation';
import { mdxComponents } from './mdx';

/** `sources` are what the body's citations number and link to: an entry's sources, links or references. */
export function BodyContent({ body, sources = [] }: { body: RenderableBody; sources?: CitableSource[] }) {
  const Cite = ({ refs }: { refs: string }) => <Citation refs={refs} sources={sources} />;
  if ('code' in body) {
    const Body = getMDXComponent(body.code);
    return <div className="prose"><Body components={{ ...mdxComponents, Cite }} /></div>;
  }
  return <div className="prose">{toJsxRuntime(body.tree, { Fragment, jsx, jsxs, components: { ...mdxComponents, 'cite-ref': Cite } })}</div>;
}
