/**
 * What an incident or talk page shows, resolved from the corpus: the page renders from this and
 * nothing else of the corpus. Its digest therefore says when a page must be rendered again —
 * scripts/build.ts keeps the other detail pages (nearly all of a large site) from the last build.
 */
import { incidentCard } from './cards';
import { lastUpdated } from './history';
import type { Corpus, Incident, Talk } from './model';
import { pageDigest as digest } from './render-plan';
import { classesOf, neighbours, relatedIncidents } from './taxonomy';

const link = (entry: Incident | Talk | undefined) => entry && { url: entry.url, title: entry.title };

function shared(corpus: Corpus, entry: Incident | Talk, newestFirst: (Incident | Talk)[]) {
  const { previous, next } = neighbours(newestFirst, entry);
  return {
    classes: classesOf(corpus, entry).map((c) => ({ id: c.id, url: c.url, title: c.title })),
    related: relatedIncidents(corpus, entry).map((i) => incidentCard(corpus, i)),
    previous: link(previous),
    next: link(next),
    updated: lastUpdated(entry.sourcePath),
  };
}

export function incidentPage(corpus: Corpus, incident: Incident) {
  return { incident, ...shared(corpus, incident, corpus.incidents) };
}

export function talkPage(corpus: Corpus, talk: Talk) {
  return { talk, ...shared(corpus, talk, corpus.talks) };
}

/** A digest of each incident and talk page's data, by URL. */
export function detailPageDigests(corpus: Corpus): Map<string, string> {
  return new Map([
    ...corpus.incidents.map((i) => [i.url, digest(incidentPage(corpus, i))] as const),
    ...corpus.talks.map((t) => [t.url, digest(talkPage(corpus, t))] as const),
  ]);
}

/**
 * A digest of what every other page reads — the pages Next renders: all front matter and "last
 * updated" dates (lists, feeds, sitemap, dataset, statistics) and the failure classes' bodies
 * (their pages). No incident's or talk's body is in it: the detail routes' templates are code
 * (app/_render/templates.ts). When it is unchanged, a rebuild only renders detail pages
 * (scripts/plan-render.ts). A page that comes to read more of the corpus must add it here;
 * scripts/rebuild.build.test.ts compares such a rebuild with a clean build.
 */
export function sitePagesDigest(corpus: Corpus): string {
  return digest(
    [...corpus.bySlug.values()].map((entry) => ({
      ...entry,
      body: entry.kind === 'failure-class' ? entry.body : undefined,
      updated: lastUpdated(entry.sourcePath),
    })),
  );
}
