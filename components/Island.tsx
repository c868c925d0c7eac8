import type { ReactNode } from 'react';

/**
 * Marks a part of a page that React hydrates (a client component). Pages without one are
 * published without React's runtime and payload (scripts/finish-export.ts): they need none.
 */
export function Island({ children }: { children: ReactNode }) {
  return <div data-island="">{children}</div>;
}
