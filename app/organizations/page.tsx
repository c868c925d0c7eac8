import type { Metadata } from 'next';
import { getCorpus } from '@/lib/content';
import { organizations } from '@/lib/content/taxonomy';

export const metadata: Metadata = { title: 'Organisations', description: 'Incidents by organisation.' };

export default function OrganizationsPage() {
  const orgs = organizations(getCorpus());
  return (
    <>
      <h1>Organisations</h1>
      <ul className="link-cloud">
        {orgs.map((o) => (
          <li key={o.slug}>
            <a href={`/organizations/${o.slug}/`}>{o.name}</a> ({o.incidents.length})
          </li>
        ))}
      </ul>
    </>
  );
}
