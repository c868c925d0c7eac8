import { getCorpus } from '@/lib/content';
import { taggedWith } from '@/lib/content/taxonomy';
import { pageMetadata } from '../page-metadata';

export const metadata = pageMetadata({
  title: 'Failure classes',
  description: 'The taxonomy of how systems fail, each class with its definition and incidents.',
  path: '/failure-classes/',
});

export default function FailureClassesPage() {
  const corpus = getCorpus();
  return (
    <>
      <h1>Failure classes</h1>
      <p className="lede">
        The ways systems fail, each with a definition, how it shows, how it is caught and mitigated, and every
        incident and talk that shows it.
      </p>
      <ol className="entry-list">
        {corpus.failureClasses.map((c) => {
          const { incidents, talks } = taggedWith(corpus, c.id);
          return (
            <li key={c.id} className="entry">
              <h2 className="entry-title"><a href={c.url}>{c.title}</a></h2>
              <p className="entry-summary">{c.summary}</p>
              <p className="entry-meta">
                {incidents.length} incident{incidents.length === 1 ? '' : 's'} · {talks.length} talk
                {talks.length === 1 ? '' : 's'}
              </p>
            </li>
          );
        })}
      </ol>
    </>
  );
}
