import { notFound } from 'next/navigation';
import { NumberedListPage } from '@/components/NumberedListPage';
import { getCorpus } from '@/lib/content';
import { numberedParams } from '@/lib/content/paginate';
import { organizations } from '@/lib/content/taxonomy';
import { pageMetadata } from '../../../../page-metadata';

export const dynamicParams = false;

type Props = { params: Promise<{ org: string; n: string }> };

export function generateStaticParams() {
  return numberedParams(organizations(getCorpus()).map((o) => ({ params: { org: o.slug }, total: o.incidents.length })));
}

async function find(params: Props['params']) {
  const { org: slug, n } = await params;
  const corpus = getCorpus();
  const org = organizations(corpus).find((o) => o.slug === slug);
  if (!org) notFound();
  return { corpus, org, page: Number(n) };
}

export async function generateMetadata({ params }: Props) {
  const { org, page } = await find(params);
  const base = `/organizations/${org.slug}/`;
  return pageMetadata({ title: `${org.name}, page ${page}`, description: `Incidents at ${org.name}, newest first: page ${page}.`, path: page === 1 ? base : `${base}page/${page}/` });
}

export default async function Page({ params }: Props) {
  const { corpus, org, page } = await find(params);
  return <NumberedListPage corpus={corpus} kicker="Organisation" title={org.name} back={`All of ${org.name}`} incidents={org.incidents} base={`/organizations/${org.slug}/`} page={page} />;
}
