import { DEFAULT_BRANCH, editUrl, REPOSITORY_URL } from '@/lib/site-config';

/**
 * The mark on a brief's page (lib/content/depth.ts): the reader knows this is a short note, and a
 * contributor is invited to grow it into a writeup in the same file, so the address stays.
 */
export function BriefNote({ sourcePath }: { sourcePath: string }) {
  const edit = editUrl(sourcePath);
  const guide = REPOSITORY_URL ? `${REPOSITORY_URL}/blob/${DEFAULT_BRANCH}/CONTRIBUTING.md#3-write-it-the-real-work` : undefined;
  return (
    <p className="brief-note" role="note">
      <strong>Brief</strong> — a short, cited note from the organisation&apos;s own account. A full writeup (timeline, root
      cause, impact, detection, lessons) is welcome
      {edit || guide ? ': ' : '.'}
      {edit && <a href={edit} rel="external noopener">expand this file</a>}
      {edit && guide && ', following '}
      {guide && <a href={guide} rel="external noopener">how to write one</a>}
      {edit || guide ? '.' : ''}
    </p>
  );
}
