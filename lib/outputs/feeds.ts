/**
 * RSS 2.0, Atom and JSON Feed 1.1 of incidents and talk notes, newest first, written by the `feed`
 * library (no hand-written XML escaping). Dated by the newest entry, not the clock, so two builds
 * of the same content write the same bytes.
 */
import { Feed } from 'feed';
import type { Corpus, Incident, Talk } from '../content';
import { classesOf } from '../content/taxonomy';
import { absoluteUrl, CONTENT_LICENCE, SITE_NAME } from '../site-config';

export type FeedFormat = 'rss' | 'atom' | 'json';

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/** Entries of a feed, newest first: incidents and talks together. */
export function feedEntries(corpus: Corpus, classId?: string): (Incident | Talk)[] {
  return [...corpus.incidents, ...corpus.talks]
    .filter((e) => !classId || e.failureClasses.includes(classId))
    .sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
}

export function renderFeed(corpus: Corpus, format: FeedFormat, options: { classId?: string; path: string } = { path: '/' }): string {
  const entries = feedEntries(corpus, options.classId);
  const failureClass = options.classId ? corpus.failureClasses.find((c) => c.id === options.classId) : undefined;
  const title = failureClass ? `${SITE_NAME}: ${failureClass.title}` : `${SITE_NAME}: incidents and talk notes`;
  const feed = new Feed({
    title,
    description: failureClass ? failureClass.summary : 'New public incident writeups and conference talk notes on how systems fail.',
    id: absoluteUrl(options.path),
    link: absoluteUrl(options.path),
    language: 'en',
    copyright: `Writeups under ${CONTENT_LICENCE.name}`,
    updated: entries.length ? day(entries[0].date) : new Date(0),
    feedLinks: {
      rss: absoluteUrl(options.classId ? `/failure-classes/${options.classId}/feed.xml` : '/feed.xml'),
      ...(options.classId ? {} : { atom: absoluteUrl('/atom.xml'), json: absoluteUrl('/feed.json') }),
    },
  });
  for (const entry of entries) {
    feed.addItem({
      title: entry.title,
      id: absoluteUrl(entry.url),
      link: absoluteUrl(entry.url),
      date: day(entry.date),
      description: entry.summary,
      category: classesOf(corpus, entry).map((c) => ({ name: c.title, term: c.id, domain: absoluteUrl(c.url) })),
    });
  }
  if (format === 'rss') return feed.rss2();
  if (format === 'atom') return feed.atom1();
  // The library writes JSON Feed 1; everything it writes is valid 1.1, which also names the language.
  return JSON.stringify({ ...JSON.parse(feed.json1()), version: 'https://jsonfeed.org/version/1.1', language: 'en' }, null, 2);
}
