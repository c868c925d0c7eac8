/**
 * The text of a new incident or talk file: valid front matter (as a draft, so placeholders never
 * publish) and the section skeleton. Used by `npm run new`.
 */
import { stringify } from 'yaml';
import { organizationSlug } from './taxonomy';

export type IncidentAnswers = { title: string; date: string; organizations: string[]; failureClasses: string[] };
export type TalkAnswers = { title: string; date: string; speakers: string[]; event: string; failureClasses: string[] };

/** Marks text the contributor still has to write; a published file may not contain it. */
export const PLACEHOLDER = 'TODO:';

const INCIDENT_SECTIONS = ['Summary', 'Timeline', 'Root cause', 'Impact', 'Detection and response', 'Lessons', 'Sources'];
const TALK_SECTIONS = ['What the talk argues', 'Key ideas', 'What it illuminates', 'Links'];

function shortName(title: string, words = 5): string {
  return organizationSlug(title).split('-').filter(Boolean).slice(0, words).join('-');
}

export function incidentSlug(a: IncidentAnswers): string {
  return [a.date, organizationSlug(a.organizations[0] ?? ''), shortName(a.title)].filter(Boolean).join('-');
}

export function talkSlug(a: TalkAnswers): string {
  const year = a.date.slice(0, 4);
  // "Velocity 2012" → "velocity": the slug starts with the year already.
  const event = shortName(a.event.replace(new RegExp(`\\b${year}\\b`, 'g'), ''), 3);
  return [year, event, shortName(a.title)].filter(Boolean).join('-');
}

function file(frontMatter: Record<string, unknown>, sections: string[], hints: Record<string, string>): string {
  const body = sections.map((s) => `## ${s}\n\n${PLACEHOLDER} ${hints[s] ?? 'write this section.'}\n`).join('\n');
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${body}`;
}

export function incidentFile(a: IncidentAnswers): string {
  return file(
    {
      title: a.title,
      date: a.date,
      organizations: a.organizations,
      failureClasses: a.failureClasses,
      summary: `${PLACEHOLDER} one sentence of 40–320 characters: what broke, for whom, why.`,
      sources: [{ title: `${PLACEHOLDER} the title of the organisation's own postmortem`, url: 'https://example.org/TODO', kind: 'postmortem' }],
      draft: true,
    },
    INCIDENT_SECTIONS,
    {
      Summary: 'what happened, in a paragraph, in your own words.',
      Timeline: 'a list of times as the source gives them, with their zone: "- **19:28 PDT** — …".',
      'Root cause': 'why it happened; the trigger and what let it spread.',
      Lessons: 'what other engineers can take away; link the failure classes.',
      Sources: 'the sources again, as links.',
    },
  );
}

export function talkFile(a: TalkAnswers): string {
  return file(
    {
      title: a.title,
      date: a.date,
      speakers: a.speakers,
      event: a.event,
      summary: `${PLACEHOLDER} one sentence of 40–320 characters: what the talk argues.`,
      failureClasses: a.failureClasses,
      links: [{ title: `${PLACEHOLDER} the recording or slides`, url: 'https://example.org/TODO' }],
      draft: true,
    },
    TALK_SECTIONS,
    {},
  );
}
