import { notFound } from 'next/navigation';
import { getCorpus } from '@/lib/content';
import type { ListRoute } from '@/lib/content/list-pages';

/** What a list route's page shows (lib/content/list-pages.ts), or the 404 page. */
export async function listPageData<P, D>(route: ListRoute<P, D>, params: Promise<P>): Promise<D> {
  const data = route.data(getCorpus(), await params);
  if (!data) notFound();
  return data;
}
