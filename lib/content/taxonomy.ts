/** Derived views over the corpus: organisations, years, failure classes and related entries. */
import type { Corpus, FailureClass, Incident, Talk } from './model';

export function organizationSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export type Organization = { slug: string; name: string; incidents: Incident[] };

/** Organisations by slug; the name shown is the first spelling met (incidents are newest first). */
export function organizations(corpus: Corpus): Organization[] {
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

export function taggedWith(corpus: Corpus, classId: string): { incidents: Incident[]; talks: Talk[] } {
  return {
    incidents: corpus.incidents.filter((i) => i.failureClasses.includes(classId)),
    talks: corpus.talks.filter((t) => t.failureClasses.includes(classId)),
  };
}

export function classesOf(corpus: Corpus, entry: Incident | Talk): FailureClass[] {
  return entry.failureClasses.flatMap((id) => {
    const found = corpus.bySlug.get(id);
    return found?.kind === 'failure-class' ? [found] : [];
  });
}

/** The `related` field first, in its order; then those sharing the most failure classes. */
export function relatedIncidents(corpus: Corpus, entry: Incident | Talk, limit = 5): Incident[] {
  const chosen: Incident[] = (entry.related ?? []).flatMap((slug) => {
    const found = corpus.bySlug.get(slug);
    return found?.kind === 'incident' ? [found] : [];
  });
  const shared = (i: Incident) => i.failureClasses.filter((c) => entry.failureClasses.includes(c)).length;
  const rest = corpus.incidents
    .filter((i) => i.slug !== entry.slug && !chosen.includes(i) && shared(i) > 0)
    .map((i) => ({ i, score: shared(i) }))
    // Stable order: most shared classes, then newest (the corpus order).
    .sort((a, b) => b.score - a.score)
    .map(({ i }) => i);
  return [...chosen, ...rest].slice(0, Math.max(limit, chosen.length));
}

/** Neighbours by date: `previous` is older, `next` is newer. */
export function neighbours<T extends { slug: string }>(newestFirst: T[], entry: T): { previous?: T; next?: T } {
  const at = newestFirst.findIndex((e) => e.slug === entry.slug);
  return { previous: newestFirst[at + 1], next: at > 0 ? newestFirst[at - 1] : undefined };
}
