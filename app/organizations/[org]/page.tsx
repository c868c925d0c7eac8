import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { IncidentListPage } from '@/components/IncidentListPage';
import { getCorpus } from '@/lib/content';
import { organizations } from '@/lib/content/taxonomy';
import { pageMetadata } from '../../page-metadata';

export const dynamicParams = false;

type Props = { params: Promise<{ org: string }> };

export function generateStaticParams() {
  return organizations(getCorpus()).map((o) => ({ org: o.slug }));
}

function find(slug: string) {
  const corpus = getCorpus();
  const org = organizations(corpus).find((o) => o.slug === slug);
  if (!org) notFound();
  return { corpus, org };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { org } = find((await params).org);
  return pageMetadata({ title: `Incidents at ${org.name}`, description: `Every public incident of ${org.name} in Faultline.`, path: `/organizations/${org.slug}/` });
}

export default async function OrganizationPage({ params }: Props) {
  const { corpus, org } = find((await params).org);
  return (
    <>
      <p className="kicker">Organisation</p>
      <h1>{org.name}</h1>
      <p className="count">
        {org.incidents.length} incident{org.incidents.length === 1 ? '' : 's'}, newest first.
      </p>
      <IncidentListPage corpus={corpus} incidents={org.incidents} base={`/organizations/${org.slug}/`} page={1} />
    </>
  );
}
