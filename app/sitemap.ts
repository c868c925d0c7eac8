import type { MetadataRoute } from 'next';
import { getCorpus } from '@/lib/content';
import { lastUpdated } from '@/lib/content/history';
import { sitePaths } from '@/lib/content/site-paths';
import { absoluteUrl } from '@/lib/site-config';

export const dynamic = 'force-static';

/** Every page the site generates, content pages with the date their file last changed. */
export default function sitemap(): MetadataRoute.Sitemap {
  const corpus = getCorpus();
  const sources = new Map([...corpus.incidents, ...corpus.talks, ...corpus.failureClasses].map((e) => [e.url, e.sourcePath]));
  return [...sitePaths(corpus)].sort().map((path) => {
    const source = sources.get(path);
    const modified = source ? lastUpdated(source) : undefined;
    return { url: absoluteUrl(path), ...(modified ? { lastModified: modified } : {}) };
  });
}
