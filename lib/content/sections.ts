/**
 * The sections each kind of entry is made of, as level-2 headings: what the pull request template
 * asks for, what the scaffolder writes, and what the check holds every file to.
 */
import type { ContentEntry } from './model';
import { closest } from './suggest';

export const REQUIRED_SECTIONS: Record<ContentEntry['kind'], readonly string[]> = {
  incident: ['Summary', 'Timeline', 'Root cause', 'Impact', 'Detection and response', 'Lessons', 'Sources'],
  talk: ['What the talk argues', 'Key ideas', 'What it illuminates', 'Links'],
  'failure-class': ['How it shows', 'How it is detected', 'How it is mitigated', 'References'],
};

/** What is wrong with a body's sections, or undefined: the missing ones, and headings that look meant for them. */
export function missingSections(kind: ContentEntry['kind'], headings: readonly string[]): string | undefined {
  const have = new Set(headings.map((h) => h.toLowerCase()));
  const required = REQUIRED_SECTIONS[kind];
  const missing = required.filter((section) => !have.has(section.toLowerCase()));
  if (missing.length === 0) return undefined;
  const unmatched = headings.filter((h) => !required.some((s) => s.toLowerCase() === h.toLowerCase()));
  const named = missing.map((section) => {
    const near = closest(section, unmatched);
    return `"## ${section}"${near ? ` (is "## ${near}" meant to be it?)` : ''}`;
  });
  return `missing section${missing.length > 1 ? 's' : ''} ${named.join(', ')}; ${KIND_NAME[kind]} has the level-2 sections ${required.join(', ')}`;
}

const KIND_NAME: Record<ContentEntry['kind'], string> = { incident: 'an incident', talk: 'a talk note', 'failure-class': 'a failure class' };
