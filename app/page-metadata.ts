/** Metadata every page carries: canonical URL, description, OpenGraph and Twitter cards. */
import type { Metadata } from 'next';
import type { AlternateLinkDescriptor } from 'next/dist/lib/metadata/types/alternative-urls-types';
import { SITE_NAME } from '@/lib/site-config';

/** The site's own feed comes in three formats; a failure class has an RSS feed of its own. */
function feedLinks(feed: string, title: string): Record<string, AlternateLinkDescriptor[]> {
  if (feed !== '/feed.xml') return { 'application/rss+xml': [{ url: feed, title: `${SITE_NAME}: ${title}` }] };
  const name = `${SITE_NAME}: incidents and talk notes`;
  return {
    'application/rss+xml': [{ url: '/feed.xml', title: name }],
    'application/atom+xml': [{ url: '/atom.xml', title: name }],
    'application/feed+json': [{ url: '/feed.json', title: name }],
  };
}

export function pageMetadata({ title, description, path, feed, noindex }: { title: string; description: string; path: string; feed?: string; noindex?: boolean }): Metadata {
  return {
    title,
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
    description,
    alternates: {
      canonical: path,
      ...(feed ? { types: feedLinks(feed, title) } : {}),
    },
    openGraph: { title, description, url: path, siteName: SITE_NAME, type: 'article' },
    twitter: { card: 'summary', title, description },
  };
}
