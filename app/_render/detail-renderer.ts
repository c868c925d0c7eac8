/**
 * Renders incident and talk pages outside Next, for scale: Next's export costs ~20 ms a page on
 * this stack, most of it React Server Components machinery that a page without islands throws
 * away (lib/outputs/next-export.ts). A page here is its route's template page (./templates.ts) —
 * rendered by Next and stripped like every island-less page — with this page's head metadata and
 * article in place of the template's. Both come from the same code Next runs (page-metadata's
 * fields through React, IncidentArticle/TalkArticle), and the shell checks itself: it first
 * re-renders the template, which uses every field and component a page can, and refuses to go on
 * unless the result equals Next's page byte for byte.
 */
import { createElement } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { IncidentArticle } from '@/components/IncidentArticle';
import { TalkArticle } from '@/components/TalkArticle';
import { renderableBody, type Corpus, type Incident, type Talk } from '@/lib/content';
import { incidentPage, talkPage } from '@/lib/content/detail-pages';
import { templateEntry, templateIncidentPage, templateTalkPage } from './templates';
import { SPLICE } from '@/lib/outputs/next-export';
import { SITE_NAME, SITE_URL } from '@/lib/site-config';

/** The head tags that differ from page to page, as Next writes them for app/page-metadata.ts. */
function headTags(entry: Incident | Talk): string {
  const { title, summary: description } = entry;
  const url = new URL(entry.url, SITE_URL).href;
  return renderToStaticMarkup(
    createElement(
      'head',
      null,
      createElement('title', null, `${title} — ${SITE_NAME}`),
      createElement('meta', { name: 'description', content: description }),
      createElement('link', { rel: 'canonical', href: url }),
      createElement('meta', { property: 'og:title', content: title }),
      createElement('meta', { property: 'og:description', content: description }),
      createElement('meta', { property: 'og:url', content: url }),
      createElement('meta', { property: 'og:site_name', content: SITE_NAME }),
      createElement('meta', { property: 'og:type', content: 'article' }),
      createElement('meta', { name: 'twitter:card', content: 'summary' }),
      createElement('meta', { name: 'twitter:title', content: title }),
      createElement('meta', { name: 'twitter:description', content: description }),
    ),
  ).replace(/^<head>|<\/head>$/g, '');
}

type IncidentPageData = ReturnType<typeof incidentPage>;
type TalkPageData = ReturnType<typeof talkPage>;

function article(entry: Incident | Talk, data: IncidentPageData | TalkPageData): string {
  const body = renderableBody(entry);
  return renderToString(
    entry.kind === 'incident'
      ? createElement(IncidentArticle, { data: data as IncidentPageData, body })
      : createElement(TalkArticle, { data: data as TalkPageData, body }),
  );
}

export class PageShell {
  private readonly parts: [string, string, string];

  /** `html` is Next's page for the route's template; throws if this renderer would not write the same. */
  constructor(
    private readonly corpus: Corpus,
    kind: 'incident' | 'talk',
    html: string,
  ) {
    const template = kind === 'incident' ? templateEntry('incident') : templateEntry('talk');
    const headStart = html.indexOf(SPLICE.headStart);
    const headEnd = html.indexOf(SPLICE.headEnd);
    const articleStart = html.indexOf(SPLICE.article, html.indexOf(SPLICE.main));
    const articleEnd = html.lastIndexOf(SPLICE.articleEnd) + SPLICE.articleEnd.length;
    if (!(headStart > 0 && headEnd > headStart && articleStart > headEnd && articleEnd > articleStart)) {
      throw new Error(`${template.url}: the template page does not have the expected head and <article>`);
    }
    this.parts = [html.slice(0, headStart), html.slice(headEnd, articleStart), html.slice(articleEnd)];
    const again = this.assemble(template, kind === 'incident' ? templateIncidentPage() : templateTalkPage());
    if (again !== html) {
      const at = [...again].findIndex((c, i) => c !== html[i]);
      throw new Error(
        `${template.url}: rendering outside Next no longer matches Next's page at character ${at}:\n` +
          `  next:    …${html.slice(Math.max(0, at - 80), at + 80)}…\n  outside: …${again.slice(Math.max(0, at - 80), at + 80)}…`,
      );
    }
  }

  render(entry: Incident | Talk): string {
    return this.assemble(entry, entry.kind === 'incident' ? incidentPage(this.corpus, entry) : talkPage(this.corpus, entry));
  }

  private assemble(entry: Incident | Talk, data: IncidentPageData | TalkPageData): string {
    const [beforeHead, between, after] = this.parts;
    return beforeHead + headTags(entry) + between + article(entry, data) + after;
  }
}
