/** Derived views over the corpus: organisations, years, failure classes and related entries. */
import { createHash } from 'node:crypto';
import type { Corpus, FailureClass, Incident, Talk } from './model';
import { TEXT_NEIGHBOURS, textNeighbours } from './similar-text';

/**
 * The organisation's URL segment. A name with no Latin letters or digits folds to nothing, so it
 * gets a short hash of the name instead: never empty, and the same from build to build.
 */
export function organizationSlug(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return folded || `org-${createHash('sha256').update(name.normalize('NFC').trim()).digest('hex').slice(0, 8)}`;
}

export type Organization = { slug: string; name: string; incidents: Incident[] };

/**
 * Views computed once per corpus: a build renders thousands of pages from the same corpus, and
 * scanning every incident for every page would make the build quadratic.
 */
const views = new WeakMap<
  Corpus,
  { organizations?: Organization[]; byClass?: Map<string, Incident[]>; position?: Map<string, number>; classPositions?: Map<string, Int32Array> }
>();
function viewsOf(corpus: Corpus) {
  let found = views.get(corpus);
  if (!found) views.set(corpus, (found = {}));
  return found;
}

/** Organisations by slug; the name shown is the first spelling met (incidents are newest first). */
export function organizations(corpus: Corpus): Organization[] {
  const view = viewsOf(corpus);
  view.organizations ??= collectOrganizations(corpus);
  return view.organizations;
}

function collectOrganizations(corpus: Corpus): Organization[] {
  const bySlug = new Map<string, Organization>();
  for (const incident of corpus.incidents) {
    for (const name of incident.organizations) {
      const slug = organizationSlug(name);
      const org = bySlug.get(slug) ?? { slug, name, incidents: [] };
      if (!org.incidents.includes(incident)) org.incidents.push(incident);
      bySlug.set(slug, org);
    }
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function years(corpus: Corpus): string[] {
  return [...new Set(corpus.incidents.map((i) => i.date.slice(0, 4)))].sort().reverse();
}

export function incidentsOfYear(corpus: Corpus, year: string): Incident[] {
  return corpus.incidents.filter((i) => i.date.startsWith(`${year}-`));
}

function incidentsByClass(corpus: Corpus): Map<string, Incident[]> {
  const view = viewsOf(corpus);
  if (!view.byClass) {
    view.byClass = new Map();
    for (const incident of corpus.incidents) {
      for (const id of incident.failureClasses) (view.byClass.get(id) ?? view.byClass.set(id, []).get(id)!).push(incident);
    }
  }
  return view.byClass;
}

export function taggedWith(corpus: Corpus, classId: string): { incidents: Incident[]; talks: Talk[] } {
  return {
    incidents: incidentsByClass(corpus).get(classId) ?? [],
    talks: corpus.talks.filter((t) => t.failureClasses.includes(classId)),
  };
}

function positionOf(corpus: Corpus, slug: string): number {
  const view = viewsOf(corpus);
  view.position ??= new Map(corpus.incidents.map((i, index) => [i.slug, index]));
  return view.position.get(slug) ?? -1;
}

export function classesOf(corpus: Corpus, entry: Incident | Talk): FailureClass[] {
  return entry.failureClasses.flatMap((id) => {
    const found = corpus.bySlug.get(id);
    return found?.kind === 'failure-class' ? [found] : [];
  });
}

/**
 * How much an incident's text likeness counts beside its share of the entry's failure classes
 * (both from 0 to 1): sharing every class and sharing a vocabulary weigh about the same.
 */
const TEXT_WEIGHT = 2;

/**
 * The `related` field first, in its order; then the incidents most alike, by the share of the
 * entry's failure classes they have plus how alike their text is (similar-text.ts), newest first
 * on a tie. Candidates are the incidents sharing the most classes and the nearest in text, so a
 * page costs the same whatever the corpus size.
 */
export function relatedIncidents(corpus: Corpus, entry: Incident | Talk, limit = 5): Incident[] {
  const chosen: Incident[] = (entry.related ?? []).flatMap((slug) => {
    const found = corpus.bySlug.get(slug);
    return found?.kind === 'incident' ? [found] : [];
  });
  const skip = new Set([positionOf(corpus, entry.slug), ...chosen.map((i) => positionOf(corpus, i.slug))]);
  const classes = new Set(entry.failureClasses);
  const share = (i: Incident) => (classes.size === 0 ? 0 : i.failureClasses.filter((c) => classes.has(c)).length / classes.size);
  const score = new Map<number, number>();
  for (const p of sharingMostClasses(corpus, entry, skip, TEXT_NEIGHBOURS)) score.set(p, share(corpus.incidents[p]));
  for (const { incident, similarity } of textNeighbours(corpus, entry)) {
    const p = positionOf(corpus, incident.slug);
    if (!skip.has(p)) score.set(p, share(incident) + TEXT_WEIGHT * similarity);
  }
  const rest = [...score]
    .sort(([a, sa], [b, sb]) => sb - sa || a - b)
    .map(([p]) => corpus.incidents[p]);
  return [...chosen, ...rest].slice(0, Math.max(limit, chosen.length));
}

/**
 * Positions of up to `wanted` incidents sharing the most of the entry's classes, newest first
 * within a count. Merging the entry's classes' position lists (each ascending, newest first) meets
 * an incident once per class it shares, consecutively: counting into buckets needs no sort, and
 * once the top bucket is full nothing later can rank higher.
 */
function sharingMostClasses(corpus: Corpus, entry: Incident | Talk, skip: Set<number>, wanted: number): number[] {
  const positions = classPositions(corpus);
  const lists = [...new Set(entry.failureClasses)].map((id) => positions.get(id) ?? new Int32Array(0));
  const heads = new Int32Array(lists.length);
  const bySharedCount: number[][] = lists.map(() => []);
  while (bySharedCount.length > 0 && bySharedCount[lists.length - 1].length < wanted) {
    let newest = Infinity;
    for (let l = 0; l < lists.length; l++) if (heads[l] < lists[l].length && lists[l][heads[l]] < newest) newest = lists[l][heads[l]];
    if (newest === Infinity) break;
    let count = 0;
    for (let l = 0; l < lists.length; l++) {
      if (lists[l][heads[l]] === newest) {
        heads[l]++;
        count++;
      }
    }
    if (!skip.has(newest)) bySharedCount[count - 1].push(newest);
  }
  return bySharedCount.reverse().flat().slice(0, wanted);
}

/** Where each class's incidents stand in the corpus (newest first), ascending. */
function classPositions(corpus: Corpus): Map<string, Int32Array> {
  const view = viewsOf(corpus);
  view.classPositions ??= new Map([...incidentsByClass(corpus)].map(([id, incidents]) => [id, Int32Array.from(incidents, (i) => positionOf(corpus, i.slug))]));
  return view.classPositions;
}

/** Neighbours by date: `previous` is older, `next` is newer. */
export function neighbours<T extends { slug: string }>(newestFirst: T[], entry: T): { previous?: T; next?: T } {
  const at = newestFirst.indexOf(entry);
  return { previous: newestFirst[at + 1], next: at > 0 ? newestFirst[at - 1] : undefined };
}
