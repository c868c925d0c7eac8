import { editUrl } from '@/lib/site-config';
import { DateText } from './DateText';

/** "Edit this page" into the repository, and when the file last changed (lib/content/history.ts). */
export function EditLinks({ sourcePath, updated }: { sourcePath: string; updated?: string }) {
  const edit = editUrl(sourcePath);
  if (!edit && !updated) return null;
  return (
    <p className="edit-links">
      {edit && (
        <a href={edit} rel="external noopener">
          Edit this page
        </a>
      )}
      {edit && updated && ' · '}
      {updated && (
        <>
          Last updated <DateText date={updated} />
        </>
      )}
    </p>
  );
}
