import type { TalkCard } from '@/lib/content/list-pages';
import { DateText } from './DateText';

export function TalkList({ talks, headingLevel = 3 }: { talks: TalkCard[]; headingLevel?: 2 | 3 }) {
  if (talks.length === 0) return <p className="empty">No talk notes yet.</p>;
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className="entry-list">
      {talks.map((talk) => (
        <li key={talk.slug} className="entry">
          <Heading className="entry-title">
            <a href={talk.url}>{talk.title}</a>
          </Heading>
          <p className="entry-meta">
            <DateText date={talk.date} /> · {talk.speakers.join(', ')} · {talk.event}
          </p>
          <p className="entry-summary">{talk.summary}</p>
        </li>
      ))}
    </ol>
  );
}
