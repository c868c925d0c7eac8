/**
 * The allow-list for bodies, enforced on the syntax tree before anything is compiled or evaluated:
 * no ESM, no expressions, no spread or expression attributes, only allow-listed components with
 * literal props and a few safe HTML elements, and only safe link and image URLs. `.md` is parsed
 * as Markdown (its raw HTML is held to the same element and URL rules).
 * Also collects what the cross-file link check needs: heading ids and internal links.
 */
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import { addCitations, isCitation, malformedCitation, type CitationNode } from './citations';
import { claimsOf, type Claim } from './claims';
import { ALLOWED_COMPONENTS, ALLOWED_HTML, FAMILIAR_NAMES } from './mdx-allow-list';
import type { ContentProblem } from './problems';
import { checkUrl } from './safe-url';
import type { TimelineEvent } from './timeline';
import { didYouMean } from './suggest';
import { isBlankText } from './blank-text';
import { checkImport, type ImportedFile } from './imports';

/** A body to check; `folder` is the writeup's own folder when it is one (index.mdx and its files). */
export type BodySource = { sourcePath: string; format: 'md' | 'mdx'; body: string; folder?: string };

export type InternalLink = { url: string; line: number; column: number };

export type BodyInspection = {
  problems: ContentProblem[];
  /** Ids that rehype-slug gives the headings, so #anchors can be checked. */
  headingIds: Set<string>;
  /** Site-relative and #anchor links, to be resolved against the whole corpus. */
  internalLinks: InternalLink[];
  /** The titles of the level-2 headings, in order: the sections each kind of entry must have. */
  sections: string[];
  /** Every source the body cites, where (validate.ts resolves them against the front matter). */
  citations: CitedAt[];
  /** The statements that must cite a source in an incident, and whether they do. */
  claims: Claim[];
  /** The timeline's <Event>s, in order: what durations are computed from (timeline.ts). */
  events: TimelineEvent[];
  /** The files the body imports from its folder, by the name each is bound to. */
  imports: Map<string, ImportedFile>;
};

export type CitedAt = { id: string; line: number; column: number };

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const mdParser = unified().use(remarkParse).use(remarkGfm);

type Place = { line: number; column: number };
type JsxAttribute = { type: string; name?: string; value?: unknown; position?: { start: Place } };

/** Parses a body as MDX or, for `.md`, as Markdown; a syntax error becomes a problem with its place. */
export function parseBody(file: BodySource): { tree: Root } | { problem: ContentProblem } {
  try {
    const tree = (file.format === 'mdx' ? mdxParser : mdParser).parse(file.body) as Root;
    addCitations(tree);
    return { tree };
  } catch (error) {
    return { problem: syntaxProblem(error, file.sourcePath) };
  }
}

/** A parser's error (a vfile message) as a problem at its place. */
export function syntaxProblem(error: unknown, file: string): ContentProblem {
  const place = (error as { place?: Place & { start?: Place } }).place;
  const at = place?.start ?? place;
  const reason = (error as { reason?: string }).reason ?? String(error);
  return { file, line: at?.line ?? 1, column: at?.column ?? 1, rule: 'mdx-syntax', message: reason };
}

export function inspectBody(file: BodySource): BodyInspection {
  const parsed = parseBody(file);
  if ('problem' in parsed) return { problems: [parsed.problem], headingIds: new Set(), internalLinks: [], sections: [], citations: [], claims: [], events: [], imports: new Map() };
  return inspectTree(parsed.tree, file);
}

/**
 * Holds a parsed body to the allow-list and collects what the cross-file checks read: heading ids,
 * internal links, sections, citations, the statements that must cite, and the timeline's events.
 */
export function inspectTree(tree: Root, { sourcePath, body, folder }: BodySource): BodyInspection {
  const problems: ContentProblem[] = [];
  const inspection: BodyInspection = { problems, headingIds: new Set(), internalLinks: [], sections: [], citations: [], claims: claimsOf(tree), events: [], imports: new Map() };
  const report = (at: Place | undefined, rule: string, message: string) =>
    problems.push({ file: sourcePath, line: at?.line ?? 1, column: at?.column ?? 1, rule, message });
  // Imports first: an attribute may use a name that a later line imports.
  for (const node of tree.children) {
    if (node.type === 'mdxjsEsm') checkEsm(node, folder, inspection.imports, report);
  }

  const slugger = new GithubSlugger();
  const checkLink = (url: string, at: Place | undefined, what: string) => {
    const verdict = checkUrl(url);
    if (!verdict.ok) report(at, 'url-scheme', `${what}: ${verdict.reason}`);
    else if (url.startsWith('/') || url.startsWith('#')) inspection.internalLinks.push({ url, ...(at ?? { line: 1, column: 1 }) });
  };

  visitParents(tree, (node: Nodes, ancestors) => {
    const at = node.position?.start;
    if (isCitation(node as { type: string })) {
      for (const { id } of (node as unknown as CitationNode).refs) inspection.citations.push({ id, line: at?.line ?? 1, column: at?.column ?? 1 });
      return;
    }
    const malformed = malformedCitation(node);
    if (malformed) report(at, 'citation', `"${malformed}" is not a citation: write [@source-id], [@source-id, locator] or [@a; @b], with ids in lower-case a-z, 0-9 and hyphens`);
    switch (node.type) {
      case 'heading':
        inspection.headingIds.add(slugger.slug(toString(node)));
        if (node.depth === 2) inspection.sections.push(toString(node).trim());
        break;
      case 'code':
        if (unclosedFence(node, body)) {
          report(at, 'code-fence', 'this code fence is never closed, so everything after it is shown as code; end the code with a line of the same fence');
          // The sections it swallowed were written: one mistake, one message.
          for (const [, title] of node.value.matchAll(/^## +(.+?) *$/gm)) inspection.sections.push(title);
        }
        break;
      case 'link':
        checkLink(node.url, at, 'link');
        break;
      case 'image':
        checkLink(node.url, at, 'image');
        break;
      case 'definition':
        checkLink(node.url, at, 'link definition');
        break;
      case 'html':
        checkRawHtml(node.value, at, report, checkLink);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(at, 'mdx-expression', 'JavaScript expressions ({…}) are not allowed; put braces in `code`, or write the file as .md');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        // The nearest enclosing component: a paragraph may stand between <Timeline> and <Event>.
        const enclosing = ancestors.findLast((a) => a.type === 'mdxJsxFlowElement' || a.type === 'mdxJsxTextElement');
        const parentName = enclosing && 'name' in enclosing ? (enclosing.name as string | null) : undefined;
        checkElement(node.name, node.attributes as JsxAttribute[], parentName, at, report, checkLink, inspection.imports);
        if (node.name === 'Event') inspection.events.push({ ...literalProps(node.attributes as JsxAttribute[]), line: at?.line ?? 1, column: at?.column ?? 1 } as TimelineEvent);
        const rule = node.name && Object.hasOwn(ALLOWED_COMPONENTS, node.name) ? ALLOWED_COMPONENTS[node.name] : undefined;
        const container = ancestors.at(-1);
        if (rule?.block && container?.type === 'paragraph' && container.children.some((c) => c !== node && !isBlankText(c))) {
          report(at, 'mdx-component', `<${node.name}> is a block: put it on lines of its own, not inside a paragraph of text`);
        }
        break;
      }
    }
  });
  return inspection;
}

/** An element's literal string props (the allow-list refuses any other kind). */
function literalProps(attributes: JsxAttribute[]): Record<string, string> {
  return Object.fromEntries(attributes.flatMap((a) => (a.name && typeof a.value === 'string' ? [[a.name, a.value]] : [])));
}


/**
 * A fenced code block runs to the end of its container when its closing fence is missing, and
 * Markdown raises no error: everything after it silently becomes code.
 */
function unclosedFence(node: Nodes, body: string): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return false;
  // Container markers (blockquote ">", list indentation) precede the fences on their lines.
  const lines = body.slice(start, end).split('\n').map((line) => line.replace(/^[\s>]*/, ''));
  const opening = /^(`{3,}|~{3,})/.exec(lines[0]);
  if (!opening) return false; // indented code has no fence
  const closing = lines.length > 1 ? /^(`{3,}|~{3,})\s*$/.exec(lines.at(-1)!) : null;
  return !closing || closing[1][0] !== opening[1][0] || closing[1].length < opening[1].length;
}

type Report = (at: Place | undefined, rule: string, message: string) => void;
type CheckLink = (url: string, at: Place | undefined, what: string) => void;

type EsmNode = Extract<Nodes, { type: 'mdxjsEsm' }>;
type Statement = { type: string; specifiers?: { type: string; local: { name: string } }[]; source?: { value: unknown }; attributes?: unknown[] };

const ESM_RULE = 'the only statement allowed is `import name from "./file.ext"`, of an image or data file beside index.mdx';

/**
 * An ESM block may only import, by default import, this writeup's own files (imports.ts); each
 * name it binds may then be given to a component prop that takes a file of that kind.
 */
function checkEsm(node: EsmNode, folder: string | undefined, imports: Map<string, ImportedFile>, report: Report): void {
  const at = node.position?.start;
  const statements = ((node.data as { estree?: { body: Statement[] } } | undefined)?.estree?.body ?? []) as Statement[];
  if (statements.length === 0) report(at, 'mdx-esm', ESM_RULE);
  for (const statement of statements) {
    const specifiers = statement.specifiers ?? [];
    const plain = statement.type === 'ImportDeclaration' && specifiers.length === 1 && specifiers[0].type === 'ImportDefaultSpecifier' && !statement.attributes?.length;
    if (!plain || typeof statement.source?.value !== 'string') {
      report(at, 'mdx-esm', `${statement.type === 'ImportDeclaration' ? 'this import' : 'export and other statements are not allowed'}: ${ESM_RULE}`);
      continue;
    }
    const name = specifiers[0].local.name;
    const checked = checkImport(folder, statement.source.value);
    if (!checked.ok) report(at, 'mdx-import', checked.reason);
    // Capitalised names are components' (an import named Figure would stand in for <Figure>), and
    // MDX's own names start with "_".
    else if (!/^[a-z][A-Za-z0-9]*$/.test(name)) report(at, 'mdx-import', `name the import in lower camel case, such as "diagram" or "phases", not "${name}"`);
    else imports.set(name, { kind: checked.kind, file: checked.file, specifier: statement.source.value, line: at?.line ?? 1 });
  }
}

/** The name an attribute's `{…}` holds when it is exactly one identifier, and nothing else. */
function identifierOf(value: unknown): string | undefined {
  const expression = value as { value?: string; data?: { estree?: { body: { type: string; expression?: { type: string; name?: string } }[] } } } | undefined;
  const [statement, ...rest] = expression?.data?.estree?.body ?? [];
  const name = rest.length === 0 && statement?.type === 'ExpressionStatement' && statement.expression?.type === 'Identifier' ? statement.expression.name : undefined;
  // As written, too: `{(rows)}` or `{/* … */ rows}` is the same tree, and not what the rule allows.
  return name !== undefined && expression?.value?.trim() === name ? name : undefined;
}

function checkElement(
  name: string | null,
  attributes: JsxAttribute[],
  parentName: string | null | undefined,
  at: Place | undefined,
  report: Report,
  checkLink: CheckLink,
  imports: Map<string, ImportedFile>,
): void {
  if (!name) {
    report(at, 'mdx-component', 'fragments (<>…</>) are not allowed');
    return;
  }
  const component = Object.hasOwn(ALLOWED_COMPONENTS, name) ? ALLOWED_COMPONENTS[name] : undefined;
  const html = Object.hasOwn(ALLOWED_HTML, name) ? ALLOWED_HTML[name] : undefined;
  if (!component && !html) {
    const known = [...Object.keys(ALLOWED_COMPONENTS), ...Object.keys(ALLOWED_HTML)];
    const instead = Object.hasOwn(FAMILIAR_NAMES, name) ? ` (write ${FAMILIAR_NAMES[name]} instead)` : didYouMean(name, known);
    report(at, 'mdx-component', `<${name}> is not allowed${instead}; allowed: ${known.join(', ')}`);
    return;
  }
  if (component?.parent && parentName !== component.parent) {
    report(at, 'mdx-component', `<${name}> may only stand directly inside <${component.parent}>`);
  }
  const allowedProps = component ? Object.keys(component.props) : [...(html ?? [])];
  const seen = new Set<string>();
  for (const attribute of attributes) {
    const where = attribute.position?.start ?? at;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(where, 'mdx-spread', `spread and expression attributes are not allowed on <${name}>`);
      continue;
    }
    const prop = attribute.name ?? '';
    seen.add(prop);
    if (/^on/i.test(prop) || prop === 'dangerouslySetInnerHTML') {
      report(where, 'mdx-event-handler', `"${prop}" is not allowed: content cannot carry code`);
      continue;
    }
    if (!allowedProps.includes(prop)) {
      report(where, 'mdx-prop', `<${name}> has no prop "${prop}"${didYouMean(prop, allowedProps)}${allowedProps.length ? `; allowed: ${allowedProps.join(', ')}` : ''}`);
      continue;
    }
    const rule = component?.props[prop];
    if (rule?.imported) {
      const identifier = identifierOf(attribute.value);
      const kind = identifier === undefined ? undefined : imports.get(identifier)?.kind;
      if (kind !== rule.imported) {
        const example = rule.imported === 'image' ? 'import diagram from "./diagram.svg"' : 'import rows from "./rows.csv"';
        report(where, 'mdx-import', `"${prop}" on <${name}> must be {name} for ${rule.imported === 'image' ? "an image" : "a data"} file this writeup imports (${example}, then ${prop}={${example.split(' ')[1]}})`);
      }
      continue;
    }
    if (typeof attribute.value !== 'string') {
      report(where, 'mdx-expression', `"${prop}" on <${name}> must be a literal string in quotes`);
      continue;
    }
    if (rule?.oneOf && !rule.oneOf.includes(attribute.value)) {
      report(where, 'mdx-prop', `"${prop}" on <${name}> must be one of ${rule.oneOf.join(', ')}`);
    }
    if (rule?.pattern && !rule.pattern.test(attribute.value)) {
      report(where, 'mdx-prop', `"${prop}" on <${name}> must be ${rule.patternHint ?? rule.pattern.source}`);
    }
    if (rule?.url) checkLink(attribute.value, where, `"${prop}" on <${name}>`);
  }
  for (const [prop, rule] of Object.entries(component?.props ?? {})) {
    if (rule.required && !seen.has(prop)) report(at, 'mdx-prop', `<${name}> needs a "${prop}" prop`);
  }
}

const TAG = /<(\/?)([a-zA-Z][\w:-]*)([^>]*)>/g;
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;

/** Raw HTML in .md: the same safe elements and URL rule as MDX. Comments are harmless. */
function checkRawHtml(value: string, at: Place | undefined, report: Report, checkLink: CheckLink): void {
  const text = value.replace(/<!--[\s\S]*?-->/g, '');
  if (/<!|<\?/.test(text)) {
    report(at, 'html-element', 'declarations and processing instructions are not allowed');
  }
  for (const [, , name, rest] of text.matchAll(TAG)) {
    const element = name.toLowerCase();
    const allowed = Object.hasOwn(ALLOWED_HTML, element) ? ALLOWED_HTML[element] : undefined;
    if (!allowed) {
      report(at, 'html-element', `<${element}> is not allowed; allowed HTML: ${Object.keys(ALLOWED_HTML).join(', ')}`);
      continue;
    }
    for (const [, attr, quoted] of rest.matchAll(ATTRIBUTE)) {
      const attribute = attr.toLowerCase();
      if (attribute.startsWith('on')) report(at, 'mdx-event-handler', `"${attr}" is not allowed: content cannot carry code`);
      else if (!allowed.includes(attribute)) report(at, 'mdx-prop', `<${element}> may not carry "${attr}"`);
      else if (quoted && /^(href|src)$/.test(attribute)) checkLink(quoted.replace(/^["']|["']$/g, ''), at, `${attr} on <${element}>`);
    }
  }
}
