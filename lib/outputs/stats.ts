/** The numbers behind /stats/, from the same content objects as every page. */
import type { Corpus, Incident } from '../content';
import { durationMinutes } from '../content/duration';
import { incidentTimeline } from '../content/incident-timeline';
import { organizations, taggedWith, years } from '../content/taxonomy';

export type Bar = { label: string; value: number; href: string; display?: string };
export type StackedBar = { label: string; href: string; segments: { key: string; value: number }[] };

/** Incidents per year, each counted once, under its first-listed (primary) failure class. */
export function incidentsPerYear(corpus: Corpus): StackedBar[] {
  return [...years(corpus)].reverse().map((year) => {
    const counts = new Map<string, number>();
    for (const i of corpus.incidents) if (i.date.startsWith(`${year}-`)) counts.set(i.failureClasses[0], (counts.get(i.failureClasses[0]) ?? 0) + 1);
    return {
      label: year,
      href: `/years/${year}/`,
      segments: corpus.failureClasses.filter((c) => counts.has(c.id)).map((c) => ({ key: c.id, value: counts.get(c.id)! })),
    };
  });
}

export function incidentsPerClass(corpus: Corpus): Bar[] {
  return corpus.failureClasses
    .map((c) => ({ label: c.title, value: taggedWith(corpus, c.id).incidents.length, href: c.url }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median of the durations sources state, per class; classes without any are left out. */
export function medianDurationPerClass(corpus: Corpus, format: (minutes: number) => string): Bar[] {
  return medianPerClass(corpus, (i) => durationMinutes(i.started, i.resolved), format);
}

/** Median time from start to detection, per class, where a writeup's timeline marks both explicitly. */
export function medianTimeToDetectPerClass(corpus: Corpus, format: (minutes: number) => string): Bar[] {
  return medianPerClass(corpus, (i) => incidentTimeline(i).minutesToDetect, format);
}

/** Median time from start to mitigation, per class, on the same terms. */
export function medianTimeToMitigatePerClass(corpus: Corpus, format: (minutes: number) => string): Bar[] {
  return medianPerClass(corpus, (i) => incidentTimeline(i).minutesToMitigate, format);
}

/** The median of what `minutesOf` knows, per class, labelled with n; classes where it knows nothing are left out. */
function medianPerClass(corpus: Corpus, minutesOf: (i: Incident) => number | undefined, format: (minutes: number) => string): Bar[] {
  return corpus.failureClasses
    .map((c) => {
      const known = taggedWith(corpus, c.id).incidents.flatMap((i) => minutesOf(i) ?? []);
      const value = known.length ? Math.round(median(known)) : 0;
      return { label: c.title, value, href: c.url, display: `${format(value)} (n=${known.length})`, n: known.length };
    })
    .filter((b) => b.n > 0)
    .map(({ n: _n, ...bar }) => bar)
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

export function topOrganizations(corpus: Corpus, limit = 10): Bar[] {
  return organizations(corpus)
    .map((o) => ({ label: o.name, value: o.incidents.length, href: `/organizations/${o.slug}/` }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label))
    .slice(0, limit);
}
