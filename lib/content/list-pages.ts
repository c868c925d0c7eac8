/**
 * The pages of the long lists — all incidents, and each failure class's, organisation's and year's
 * incidents, in numbered pages (paginate.ts) — and what each page shows, resolved from the corpus.
 * Next renders all of them whenever what they read changes (lib/content/render-plan.ts).
 */
import { incidentCard, type IncidentCard } from './cards';
import { lastUpdated } from './history';
import type { Corpus, FailureClass, Incident, Talk } from './model';
import { numberedParams, pageCount, pageOf, pagePath } from './paginate';
import { incidentsOfYear, organizations, taggedWith, years, type Organization } from './taxonomy';
import { briefCount } from './depth';

/** What a page's <head> says of it (app/page-metadata.ts). */
export type PageMeta = { title: string; description: string; path: string; feed?: string; /** A stand-in page (paginate.ts): kept out of search engines. */ noindex?: boolean };

/** One page of a list of incidents: its cards, and where it stands among the list's pages. */
export type ListSlice = { base: string; page: number; pages: number; total: number; cards: IncidentCard[] };

export type TalkCard = Pick<Talk, 'slug' | 'url' | 'title' | 'date' | 'speakers' | 'event' | 'summary'>;

function slice(corpus: Corpus, incidents: Incident[], base: string, page: number): ListSlice {
  return { base, page, pages: pageCount(incidents.length), total: incidents.length, cards: pageOf(incidents, page).map((i) => incidentCard(corpus, i)) };
}

const talkCard = ({ slug, url, title, date, speakers, event, summary }: Talk): TalkCard => ({ slug, url, title, date, speakers, event, summary });

/** A route of list pages: its pages' params (generateStaticParams), their URLs, what each shows. */
export type ListRoute<P, D> = {
  params(corpus: Corpus): P[];
  url(params: P): string;
  /** Undefined for params the corpus has no page for. */
  data(corpus: Corpus, params: P): D | undefined;
};

/** /incidents/ and its numbered pages: a page of the list, and the ways to browse it. */
export function incidentsIndexPage(corpus: Corpus, page: number) {
  return {
    slice: slice(corpus, corpus.incidents, '/incidents/', page),
    classes: corpus.failureClasses.map((c) => ({ id: c.id, url: c.url, title: c.title })),
    organizations: organizations(corpus).map((o) => ({ slug: o.slug, name: o.name })),
    years: years(corpus),
    briefs: briefCount(corpus.incidents),
  };
}
export type IncidentsIndexPage = ReturnType<typeof incidentsIndexPage>;

export const incidentsPages: ListRoute<{ n: string }, IncidentsIndexPage> = {
  params: (corpus) => numberedParams([{ params: {}, total: corpus.incidents.length }]),
  url: ({ n }) => `/incidents/page/${n}/`,
  data: (corpus, { n }) => incidentsIndexPage(corpus, Number(n)),
};

/** A failure class's page: its definition, the first page of its incidents, its talk notes. */
export type ClassPage = { failureClass: FailureClass; talks: TalkCard[]; slice: ListSlice; updated?: string };

export const classPages: ListRoute<{ id: string }, ClassPage> = {
  params: (corpus) => corpus.failureClasses.map((c) => ({ id: c.id })),
  url: ({ id }) => `/failure-classes/${id}/`,
  data(corpus, { id }) {
    const failureClass = corpus.failureClasses.find((c) => c.id === id);
    if (!failureClass) return undefined;
    const { incidents, talks } = taggedWith(corpus, id);
    return { failureClass, talks: talks.map(talkCard), slice: slice(corpus, incidents, failureClass.url, 1), updated: lastUpdated(failureClass.sourcePath) };
  },
};

/** A list and how its pages name it. */
type List = { base: string; incidents: Incident[]; kicker: string; title: string; back: string; subject: string };

const classList = (corpus: Corpus, c: FailureClass): List => ({
  base: c.url,
  incidents: taggedWith(corpus, c.id).incidents,
  kicker: 'Failure class',
  title: c.title,
  back: `The definition of ${c.title.toLowerCase()}`,
  subject: `Incidents showing ${c.title.toLowerCase()}`,
});
const organizationList = (org: Organization): List => ({
  base: `/organizations/${org.slug}/`,
  incidents: org.incidents,
  kicker: 'Organisation',
  title: org.name,
  back: `All of ${org.name}`,
  subject: `Incidents at ${org.name}`,
});
const yearList = (corpus: Corpus, year: string): List => ({
  base: `/years/${year}/`,
  incidents: incidentsOfYear(corpus, year),
  kicker: 'Year',
  title: `Incidents of ${year}`,
  back: `All of ${year}`,
  subject: `Incidents of ${year}`,
});

/** A page of an organisation's or a year's incidents, or a numbered page of any list. */
export type ListPage = { kicker: string; title: string; back: string; slice: ListSlice; meta: PageMeta };

/** Page 1 of an organisation's or a year's incidents: "every incident of …". */
function firstPage(corpus: Corpus, list: List, of: string): ListPage {
  const meta = { title: list.subject, description: `Every public incident of ${of} in Faultline.`, path: list.base };
  return { kicker: list.kicker, title: list.title, back: list.back, slice: slice(corpus, list.incidents, list.base, 1), meta };
}

/** Page n of a list (2 and up, or 1 where it stands in for a route with no longer list). */
function numberedPage(corpus: Corpus, list: List, page: number): ListPage {
  const meta = { title: `${list.title}, page ${page}`, description: `${list.subject}, newest first: page ${page}.`, path: pagePath(list.base, page), ...(page === 1 ? { noindex: true } : {}) };
  return { kicker: list.kicker, title: list.title, back: list.back, slice: slice(corpus, list.incidents, list.base, page), meta };
}

/** The numbered pages of many lists, one list for each value of the route's `key` param. */
function numberedRoute<K extends string>(key: K, prefix: string, lists: (corpus: Corpus) => Map<string, List>): ListRoute<Record<K | 'n', string>, ListPage> {
  return {
    params: (corpus) => numberedParams([...lists(corpus)].map(([value, list]) => ({ params: { [key]: value } as Record<K, string>, total: list.incidents.length }))),
    url: (params) => `${prefix}${params[key]}/page/${params.n}/`,
    data(corpus, params) {
      const list = lists(corpus).get(params[key]);
      return list && numberedPage(corpus, list, Number(params.n));
    },
  };
}

// The lists of each kind, keyed by their route's param; computed once per corpus.
const memo = <T>(of: (corpus: Corpus) => T) => {
  const found = new WeakMap<Corpus, T>();
  return (corpus: Corpus) => found.get(corpus) ?? found.set(corpus, of(corpus)).get(corpus)!;
};
const classLists = memo((corpus) => new Map(corpus.failureClasses.map((c) => [c.id, classList(corpus, c)])));
const organizationLists = memo((corpus) => new Map(organizations(corpus).map((o) => [o.slug, organizationList(o)])));
const yearLists = memo((corpus) => new Map(years(corpus).map((y) => [y, yearList(corpus, y)])));

export const classNumberedPages = numberedRoute('id', '/failure-classes/', classLists);

export const organizationPages: ListRoute<{ org: string }, ListPage> = {
  params: (corpus) => [...organizationLists(corpus).keys()].map((org) => ({ org })),
  url: ({ org }) => `/organizations/${org}/`,
  data(corpus, { org }) {
    const list = organizationLists(corpus).get(org);
    return list && firstPage(corpus, list, list.title);
  },
};
export const organizationNumberedPages = numberedRoute('org', '/organizations/', organizationLists);

export const yearPages: ListRoute<{ year: string }, ListPage> = {
  params: (corpus) => [...yearLists(corpus).keys()].map((year) => ({ year })),
  url: ({ year }) => `/years/${year}/`,
  data(corpus, { year }) {
    const list = yearLists(corpus).get(year);
    return list && firstPage(corpus, list, year);
  },
};
export const yearNumberedPages = numberedRoute('year', '/years/', yearLists);

const urlsOf = <P, D>(pages: ListRoute<P, D>, corpus: Corpus) => pages.params(corpus).map((params) => pages.url(params));

/** The URL of every list page the routes generate (stand-ins included, paginate.ts). */
export function listPageUrls(corpus: Corpus): string[] {
  return [
    ...urlsOf(incidentsPages, corpus),
    ...urlsOf(classPages, corpus),
    ...urlsOf(classNumberedPages, corpus),
    ...urlsOf(organizationPages, corpus),
    ...urlsOf(organizationNumberedPages, corpus),
    ...urlsOf(yearPages, corpus),
    ...urlsOf(yearNumberedPages, corpus),
  ];
}
