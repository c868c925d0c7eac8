/** The small, serialisable shape of an incident that lists render (and the client filter reads). */
import type { Corpus, Incident } from './model';
import { classesOf, organizationSlug } from './taxonomy';

export type IncidentCard = {
  slug: string;
  url: string;
  title: string;
  date: string;
  summary: string;
  organizations: { slug: string; name: string }[];
  classes: { id: string; title: string }[];
};

export function incidentCard(corpus: Corpus, incident: Incident): IncidentCard {
  return {
    slug: incident.slug,
    url: incident.url,
    title: incident.title,
    date: incident.date,
    summary: incident.summary,
    organizations: incident.organizations.map((name) => ({ slug: organizationSlug(name), name })),
    classes: classesOf(corpus, incident).map((c) => ({ id: c.id, title: c.title })),
  };
}
