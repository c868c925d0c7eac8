/**
 * The mark on a draft's page. Only `npm run dev` renders drafts (lib/content/index.ts): a
 * contributor previews the writeup, and is told why the built site will not have it.
 */
export function DraftBanner({ sourcePath }: { sourcePath: string }) {
  return (
    <p className="draft-banner" role="note">
      <strong>Draft</strong> — not published; remove <code>draft: true</code> from the front matter of{' '}
      <code>{sourcePath}</code> to publish it.
    </p>
  );
}
