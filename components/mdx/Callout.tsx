import type { ReactNode } from 'react';

const LABELS = { lesson: 'Lesson', warning: 'Warning', note: 'Note' } as const;

/** A lesson, warning or note set apart from the text, labelled for screen readers. */
export function Callout({ kind = 'note', title, children }: { kind?: keyof typeof LABELS; title?: string; children?: ReactNode }) {
  const label = LABELS[kind] ?? LABELS.note;
  return (
    <aside className={`callout callout-${kind}`} aria-label={title ? `${label}: ${title}` : label}>
      <p className="callout-title">
        <strong>{label}</strong>
        {title ? `: ${title}` : null}
      </p>
      {children}
    </aside>
  );
}
