import { getCorpus } from '@/lib/content';
import { organizations } from '@/lib/content/taxonomy';
import { pageMetadata } from '../page-metadata';

export const metadata = pageMetadata({ title: 'Organisations', description: 'Every organisation with incidents in Faultline.', path: '/organizations/' });

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
