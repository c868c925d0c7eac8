import { lastUpdated } from '@/lib/content/history';
import { editUrl } from '@/lib/site-config';
import { DateText } from './DateText';

/** "Edit this page" into the repository, and when the file last changed according to git. */
export function EditLinks({ sourcePath }: { sourcePath: string }) {
  const updated = lastUpdated(sourcePath);
  return (
    <p className="edit-links">
      <a href={editUrl(sourcePath)} rel="external noopener">
        Edit this page
      </a>
      {updated && (
        <>
          {' · '}Last updated <DateText date={updated} />
        </>
      )}
    </p>
  );
}
