/** The small, serialisable shape of an incident that lists render (and the client filter reads). */
import type { Corpus, Incident } from './model';
import { classesOf, organizationSlug } from './taxonomy';
import { depthOf } from './depth';

export type IncidentCard = {
  slug: string;
  url: string;
  title: string;
  date: string;
  summary: string;
  organizations: { slug: string; name: string }[];
  classes: { id: string; title: string }[];
  /** Set on a brief only, which lists mark as such. */
  brief?: true;
};

// A card is on several list pages (all incidents, its classes, organisations, year): made once.
const cards = new WeakMap<Corpus, Map<Incident, IncidentCard>>();

export function incidentCard(corpus: Corpus, incident: Incident): IncidentCard {
  const made = cards.get(corpus) ?? cards.set(corpus, new Map()).get(corpus)!;
  let card = made.get(incident);
  if (!card) made.set(incident, (card = makeCard(corpus, incident)));
  return card;
}

function makeCard(corpus: Corpus, incident: Incident): IncidentCard {
  return {
    slug: incident.slug,
    url: incident.url,
    title: incident.title,
    date: incident.date,
    summary: incident.summary,
    organizations: incident.organizations.map((name) => ({ slug: organizationSlug(name), name })),
    classes: classesOf(corpus, incident).map((c) => ({ id: c.id, title: c.title })),
    ...(depthOf(incident) === 'brief' ? { brief: true as const } : {}),
  };
}
