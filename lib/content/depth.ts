/**
 * How deep an incident entry goes. A writeup has every section and 400–1,200 words; a brief is a
 * short cited note — what happened, why (as the organisation states it), what it teaches — of
 * 60–250 words that rests on the organisation's own account. A brief grows into a writeup by an
 * edit to the same file, so its URL never changes.
 */
import type { Incident } from './model';

export const DEPTHS = ['brief', 'writeup'] as const;
export type Depth = (typeof DEPTHS)[number];

export const BRIEF_WORDS = { min: 60, max: 250 } as const;

/** The kinds of source that count as the organisation's own (or an official) account. */
export const OFFICIAL_KINDS = ['postmortem', 'status-page'] as const;

export function depthOf(incident: Pick<Incident, 'depth'>): Depth {
  return incident.depth ?? 'writeup';
}

/**
 * The words a reader reads in a body: link text without its address, and no imports, citation
 * marks ([@id, ¶3]), component tags or headings' hashes.
 */
export function wordCount(body: string): number {
  return body
    .replace(/^import .*$/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[@[^\]]*\]/g, '')
    .replace(/<\/?[A-Z][^>]*>/g, ' ')
    .split(/\s+/)
    .filter((w) => /\w/.test(w)).length;
}

/** How many of these incidents are briefs: the lists say "N incidents: X full writeups, Y briefs". */
export function briefCount(incidents: readonly Pick<Incident, 'depth'>[]): number {
  return incidents.filter((i) => depthOf(i) === 'brief').length;
}
