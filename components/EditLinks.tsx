import { editUrl } from '@/lib/site-config';
import { DateText } from './DateText';

/** "Edit this page" into the repository, and when the file last changed (lib/content/history.ts). */
export function EditLinks({ sourcePath, updated }: { sourcePath: string; updated?: string }) {
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
