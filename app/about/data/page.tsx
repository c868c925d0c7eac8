import { getCorpus } from '@/lib/content';
import { INCIDENT_FIELDS } from '@/lib/outputs/dataset';
import { CONTENT_LICENCE } from '@/lib/site-config';
import { pageMetadata } from '../../page-metadata';

export const metadata = pageMetadata({
  title: 'The dataset',
  description: 'Every Faultline incident as JSON and CSV, and the failure classes as JSON: fields and licence.',
  path: '/about/data/',
});

export default function DataPage() {
  const { incidents, failureClasses } = getCorpus();
  return (
    <>
      <h1>The dataset</h1>
      <p className="lede">
        Everything behind the incident pages, for research: {incidents.length} incidents and {failureClasses.length} failure
        classes, rebuilt with every change to the site.
      </p>
      <ul>
        <li><a href="/data/incidents.json">incidents.json</a> — one object per incident; sources with their title and kind.</li>
        <li><a href="/data/incidents.csv">incidents.csv</a> — one row per incident; lists joined by “;”; RFC 4180 quoting, UTF-8, CRLF.</li>
        <li><a href="/data/failure-classes.json">failure-classes.json</a> — the taxonomy: id, title, definition, aliases, references, number of incidents.</li>
      </ul>
      <h2>Incident fields</h2>
      <table className="data-table">
        <thead>
          <tr><th scope="col">Field</th><th scope="col">Meaning</th></tr>
        </thead>
        <tbody>
          {INCIDENT_FIELDS.map((f) => (
            <tr key={f.name}><td><code>{f.name}</code></td><td>{f.description}</td></tr>
          ))}
        </tbody>
      </table>
      <h2>Licence</h2>
      <p>
        The writeups and the dataset are published under <a href={CONTENT_LICENCE.url}>{CONTENT_LICENCE.name}</a>: use them
        for anything, with attribution to Faultline and, for each fact, to the source it links. Durations are derived only
        where a source gives both the start and the end; an empty value means unknown, never zero.
      </p>
    </>
  );
}
