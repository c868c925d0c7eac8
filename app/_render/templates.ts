/**
 * The page templates of the detail routes: one synthetic entry per route (./template/), never
 * published, that uses every optional field and every body component (templates.test.ts holds it to
 * that). In `npm run build`, Next renders only these two detail pages; scripts/render-details.ts
 * renders every real incident and talk page into their shells (detail-renderer.ts), after checking
 * that rendering the template outside Next gives Next's bytes. A feature a real page can use is
 * therefore always in the check, and no real entry is special: editing the newest writeup is an
 * edit like any other.
 *
 * A template's page reads only ./template/ — its related entries and classes are the template
 * corpus's, its "last updated" date is fixed — so it is code, not content: the build's code
 * fingerprint covers it, and a rebuild that skips `next build` reuses the shell kept from the last.
 */
import path from 'node:path';
import { loadCorpus } from '@/lib/content/load';
import type { Corpus, Incident, Talk } from '@/lib/content/model';
import { incidentPage, talkPage } from '@/lib/content/detail-pages';
import { step, workDir } from '@/lib/build-context';

export const TEMPLATE_DIR = path.resolve('app/_render/template');
export const TEMPLATE_SLUGS = { incident: '2000-01-01-template-incident', talk: '2000-template-talk' } as const;
type Kind = keyof typeof TEMPLATE_SLUGS;

let corpus: Corpus | undefined;

/** The templates as a corpus of their own, with the one failure class they name. */
export function templateCorpus(): Corpus {
  corpus ??= loadCorpus(TEMPLATE_DIR);
  return corpus;
}

export function templateEntry(kind: 'incident'): Incident;
export function templateEntry(kind: 'talk'): Talk;
export function templateEntry(kind: Kind): Incident | Talk {
  return templateCorpus().bySlug.get(TEMPLATE_SLUGS[kind]) as Incident | Talk;
}

/** Whether a route's slug is its template's. */
export const isTemplate = (kind: Kind, slug: string) => TEMPLATE_SLUGS[kind] === slug;

/** What a template's page shows: from the template corpus, with a fixed date where git's would vary. */
export function templateIncidentPage() {
  return { ...incidentPage(templateCorpus(), templateEntry('incident')), updated: '2000-01-01' };
}

export function templateTalkPage() {
  return { ...talkPage(templateCorpus(), templateEntry('talk')), updated: '2000-01-01' };
}

/**
 * The slugs Next renders for a detail route: in `npm run build` only the template's
 * (`step().detailTemplates`), elsewhere — `npm run dev`, a bare `next build` — every entry's.
 */
export function detailSlugs(kind: Kind, entries: readonly (Incident | Talk)[]): string[] {
  return step().detailTemplates ? [TEMPLATE_SLUGS[kind]] : entries.map((e) => e.slug);
}

/** Where a build keeps the template's page Next rendered, out of the export, for the next build. */
export const templatePageFile = (kind: Kind) => workDir('templates', `${kind}.html`);
