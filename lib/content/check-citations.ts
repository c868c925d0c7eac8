/**
 * Citations against the front matter: every `[@id]` names a source of the file; every source of
 * an incident or talk is cited; in an incident, every timeline event and every paragraph and list
 * item under Root cause and Impact cites one. Every rule is an error, for every file.
 */
import type { BodyOutline } from './body';
import type { Locate } from './load';
import type { ContentEntry } from './model';
import type { ContentProblem } from './problems';
import { didYouMean } from './suggest';

const SOURCE_FIELD = { incident: 'sources', talk: 'links', 'failure-class': 'references' } as const;

export function checkCitations(entry: ContentEntry, outline: BodyOutline, locate: Locate): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (place: { line: number; column: number }, rule: string, message: string) => ({ file: entry.sourcePath, line: place.line, column: place.column, rule, message });
  const field = SOURCE_FIELD[entry.kind];
  const sources: { id?: string; title: string }[] =
    entry.kind === 'incident' ? entry.sources : entry.kind === 'talk' ? (entry.links ?? []) : (entry.references ?? []);
  const ids = sources.flatMap((s) => (s.id ? [s.id] : []));

  sources.forEach((source, i) => {
    if (source.id && ids.indexOf(source.id) !== i) problems.push(at(locate([field, i, 'id']), 'citation', `the id "${source.id}" is given to two sources`));
  });
  for (const citation of outline.citations) {
    if (ids.includes(citation.id)) continue;
    const known = ids.length > 0 ? `; this file's ${field} are ${ids.map((id) => `@${id}`).join(', ')}` : `; give each of "${field}" an id to cite it by`;
    problems.push(at(citation, 'citation', `no source "${citation.id}" in "${field}"${didYouMean(citation.id, ids)}${known}`));
  }
  if (entry.kind === 'failure-class') return problems;

  const uncitedClaims = entry.kind === 'incident' ? outline.claims.filter((c) => !c.cited) : [];
  const cited = new Set(outline.citations.map((c) => c.id));
  const uncitedSources = sources.map((source, i) => ({ source, i })).filter(({ source }) => !source.id || !cited.has(source.id));

  for (const { source, i } of uncitedSources) {
    problems.push(
      source.id
        ? at(locate([field, i, 'id']), 'uncited-source', `"${source.id}" is never cited: cite it as [@${source.id}] where the body rests on it, or remove it`)
        : at(locate([field, i]), 'uncited-source', `"${source.title}" has no id: give it one (id: …) and cite it as [@id] where the body rests on it`),
    );
  }
  for (const claim of uncitedClaims) {
    problems.push(at(claim, 'needs-citation', `this ${claim.what} under "${claim.section}" cites no source: add [@id] for the source it rests on`));
  }
  return problems;
}
