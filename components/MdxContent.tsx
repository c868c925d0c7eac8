/** Evaluates compiled MDX on the server at build time: no MDX code is shipped to the browser. */
import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from './mdx';

export function MdxContent({ code }: { code: string }) {
  const Body = getMDXComponent(code);
  return (
    <div className="prose">
      <Body components={mdxComponents} />
    </div>
  );
}
