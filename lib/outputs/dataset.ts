/**
 * The dataset researchers download: every published incident's front matter with its derived
 * duration and URL, as JSON and as CSV (one row per incident, lists joined by ";", RFC 4180
 * quoting), and the failure classes as JSON. The field list documents itself on /about/data/.
 */
import type { Corpus, Incident } from '../content';
import { depthOf } from '../content/depth';
import { durationMinutes } from '../content/duration';
import { taggedWith } from '../content/taxonomy';
import { incidentTimeline } from '../content/incident-timeline';
import { absoluteUrl } from '../site-config';

type Field = { name: string; description: string; value: (i: Incident) => string | number | string[] | null };

export const INCIDENT_FIELDS: Field[] = [
  { name: 'slug', description: 'Stable identifier, also the file name and the URL path', value: (i) => i.slug },
  { name: 'url', description: 'The incident page', value: (i) => absoluteUrl(i.url) },
  { name: 'title', description: 'What happened, in one line', value: (i) => i.title },
  { name: 'date', description: 'Day the incident began (YYYY-MM-DD), in the time zone the source reports', value: (i) => i.date },
  { name: 'organizations', description: 'Organisations whose systems failed', value: (i) => i.organizations },
  { name: 'failureClasses', description: 'Failure-class ids (see failure-classes.json)', value: (i) => i.failureClasses },
  { name: 'summary', description: 'One sentence: what broke, for whom, why', value: (i) => i.summary },
  { name: 'added', description: 'Day the entry was added to Faultline (YYYY-MM-DD); empty for entries from before the field existed', value: (i) => i.added ?? null },
  { name: 'depth', description: 'writeup (every section, 400–1,200 words) or brief (a short cited note of 60–250 words)', value: (i) => depthOf(i) },
  { name: 'services', description: 'Products affected', value: (i) => i.services ?? [] },
  { name: 'regions', description: 'Regions affected', value: (i) => i.regions ?? [] },
  { name: 'started', description: 'Start, ISO 8601 with the offset the source uses; empty when the source does not give both ends', value: (i) => i.started ?? null },
  { name: 'resolved', description: 'End, as started', value: (i) => i.resolved ?? null },
  { name: 'durationMinutes', description: 'resolved − started in minutes; empty when unknown (never estimated)', value: (i) => durationMinutes(i.started, i.resolved) ?? null },
  { name: 'minutesToDetect', description: 'From the timeline’s start event to its detected event, in minutes; empty unless the writeup marks both with date, time and zone', value: (i) => incidentTimeline(i).minutesToDetect ?? null },
  { name: 'minutesToMitigate', description: 'From the start event to the mitigated event, in minutes, on the same terms', value: (i) => incidentTimeline(i).minutesToMitigate ?? null },
  { name: 'impact', description: 'Who was affected and how much, in a sentence or two', value: (i) => i.impact ?? null },
  { name: 'sources', description: 'Source URLs, the organisation’s own postmortem first', value: (i) => i.sources.map((s) => s.url) },
];

export function incidentsJson(corpus: Corpus): string {
  const rows = corpus.incidents.map((incident) => ({
    ...Object.fromEntries(INCIDENT_FIELDS.map((f) => [f.name, f.value(incident)])),
    // JSON keeps each source's title and kind, which the CSV has no room for.
    sources: incident.sources,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** RFC 4180: quote fields holding a comma, a quote or a line break; double the quotes; CRLF rows. */
function csvField(value: string | number | string[] | null): string {
  const text = value === null ? '' : Array.isArray(value) ? value.join(';') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function incidentsCsv(corpus: Corpus): string {
  const header = INCIDENT_FIELDS.map((f) => f.name).join(',');
  const rows = corpus.incidents.map((i) => INCIDENT_FIELDS.map((f) => csvField(f.value(i))).join(','));
  return `${[header, ...rows].join('\r\n')}\r\n`;
}

export function failureClassesJson(corpus: Corpus): string {
  const rows = corpus.failureClasses.map((c) => ({
    id: c.id,
    url: absoluteUrl(c.url),
    title: c.title,
    summary: c.summary,
    aliases: c.aliases ?? [],
    references: c.references ?? [],
    incidents: taggedWith(corpus, c.id).incidents.length,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
