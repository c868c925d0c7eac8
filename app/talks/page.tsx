import { TalkList } from '@/components/TalkList';
import { getCorpus } from '@/lib/content';
import { pageMetadata } from '../page-metadata';

export const metadata = pageMetadata({
  title: 'Talk notes',
  description: 'Notes on conference talks and papers about how systems fail.',
  path: '/talks/',
  feed: '/feed.xml',
});

export default function TalksPage() {
  const { talks } = getCorpus();
  return (
    <>
      <h1>Talk notes</h1>
      <p className="lede">What well-known talks on failure argue, and which incidents they help explain.</p>
      <TalkList talks={talks} headingLevel={2} />
    </>
  );
}
