import type { Metadata } from 'next';
import { IncidentListPage } from '@/components/IncidentListPage';
import { getCorpus } from '@/lib/content';
import { organizationPages } from '@/lib/content/list-pages';
import { listPageData } from '../../list-page-data';
import { pageMetadata } from '../../page-metadata';

export const dynamicParams = false;

type Props = { params: Promise<{ org: string }> };

export function generateStaticParams() {
  return organizationPages.params(getCorpus());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata((await listPageData(organizationPages, params)).meta);
}

export default async function OrganizationPage({ params }: Props) {
  const { kicker, title, slice } = await listPageData(organizationPages, params);
  return (
    <>
      <p className="kicker">{kicker}</p>
      <h1>{title}</h1>
      <p className="count">
        {slice.total} incident{slice.total === 1 ? '' : 's'}, newest first.
      </p>
      <IncidentListPage slice={slice} />
    </>
  );
}
