/**
 * A brief (depth.ts) against what it promises: 60–250 words in our own words, resting on the
 * organisation's own account — at least one citation of a source of an official kind.
 */
import { BRIEF_WORDS, OFFICIAL_KINDS, wordCount } from './depth';
import type { Locate } from './load';
import type { Incident } from './model';
import type { ContentProblem } from './problems';

export function checkBrief(brief: Incident, citedIds: readonly string[], locate: Locate): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = locate(['depth']);
  const report = (message: string) => problems.push({ file: brief.sourcePath, ...at, rule: 'brief', message });
  const words = wordCount(brief.body);
  // A draft is still being written: its placeholders keep it from publishing (validate.ts).
  if (!brief.draft && (words < BRIEF_WORDS.min || words > BRIEF_WORDS.max)) {
    report(`a brief has ${BRIEF_WORDS.min}–${BRIEF_WORDS.max} words and this one has ${words}${words > BRIEF_WORDS.max ? '; longer is a writeup: remove "depth: brief" and give it the writeup\'s sections' : ''}`);
  }
  const official = brief.sources.filter((s) => s.id && (OFFICIAL_KINDS as readonly string[]).includes(s.kind));
  if (!official.some((s) => citedIds.includes(s.id!))) {
    report(`a brief cites the organisation's own account: list it in "sources" with kind ${OFFICIAL_KINDS.join(' or ')} and cite it as [@id]`);
  }
  return problems;
}
