/**
 * A new incident, brief or talk file: its name and its text, valid front matter (as a draft, so
 * placeholders never publish) and the section skeleton. Used by `npm run new`.
 */
import { stringify } from 'yaml';
import { PLACEHOLDER, PLACEHOLDER_URL } from './placeholder';
import { SLUG_PATTERN } from './schema';
import { REQUIRED_SECTIONS } from './sections';
import { BRIEF_WORDS } from './depth';

export type IncidentAnswers = {
  title: string;
  date: string;
  organizations: string[];
  failureClasses: string[];
  /** Incidents it only looks like, when the contributor said so: the check then stops warning. */
  notDuplicateOf?: string[];
  /** Today, when the file is written: the day the entry joins the collection. */
  added?: string;
};
export type TalkAnswers = { title: string; date: string; speakers: string[]; event: string; failureClasses: string[]; added?: string };



/** Words that say nothing in a file name. */
const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 's', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'its']);
const TITLE_WORDS = 4;
const EVENT_WORDS = 3;

/**
 * The lower-case ASCII words of a text, for a file name. Dotted and hyphenated runs stay one word
 * ("1.1.1.1" → "1-1-1-1", "us-east-1"), so that a cut after a few words never splits them; a
 * possessive goes ("Cloudflare's" → "cloudflare"). Letters outside Latin give no words.
 */
export function nameWords(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ');
  return (folded.match(/[a-z0-9]+(?:[.-][a-z0-9]+)*/g) ?? []).map((word) => word.replace(/\./g, '-'));
}

/** "Amazon Web Services" → "aws" (initials from three words on); "Example Cloud" → "example-cloud". */
export function organizationShortForm(name: string): string {
  // "Amazon Web Services (AWS)": the organisation's own short form wins; "Meta (Facebook)": an aside.
  const acronym = /\(([A-Z][A-Z0-9]+)\)/.exec(name)?.[1];
  if (acronym) return acronym.toLowerCase();
  const words = name.replace(/\([^)]*\)/g, ' ').split(/\s+/).map((word) => nameWords(word).join('-')).filter(Boolean);
  return words.length >= 3 ? words.map((word) => word[0]).join('') : words.join('-');
}

/** The title's first few words that are neither stop words nor `repeated` (the organisation, the event). */
function significantWords(title: string, repeated: Set<string>, limit = TITLE_WORDS): string[] {
  return nameWords(title).filter((word) => !STOP_WORDS.has(word) && !repeated.has(word)).slice(0, limit);
}

/**
 * The suggested short name of an incident file, `<org-short>-<words>` ("aws-s3-us-east-1-mistyped-command"),
 * or undefined when the title has no Latin words to make one from.
 */
export function defaultIncidentName(title: string, organizations: string[]): string | undefined {
  const shortForms = organizations.map(organizationShortForm);
  const repeated = new Set([...shortForms, ...organizations.flatMap(nameWords).flatMap((word) => [word, ...word.split('-')])]);
  const words = significantWords(title, repeated);
  return words.length > 0 ? [shortForms[0], ...words].filter(Boolean).join('-') : undefined;
}

/** The suggested name of a talk file after its year, `<event>-<words>` ("velocity-how-complex-systems-fail"). */
export function defaultTalkName(title: string, event: string, date: string): string | undefined {
  const year = date.slice(0, 4);
  // "Velocity 2012" → "velocity": the file name starts with the year already.
  const eventWords = nameWords(event)
    .filter((word) => word !== year && !STOP_WORDS.has(word))
    .slice(0, EVENT_WORDS);
  const words = [...eventWords, ...significantWords(title, new Set(eventWords))];
  return words.length > 0 ? words.join('-') : undefined;
}

/** Why a short name cannot be part of a file name, or undefined. */
export function shortNameProblem(name: string): string | undefined {
  return SLUG_PATTERN.test(name) ? undefined : 'use lower-case a-z, 0-9 and single hyphens, e.g. aws-s3-capacity-removal';
}

/** An incident's file is named by its date and short name; a talk's by its year and short name. */
export function incidentSlug(date: string, name: string): string {
  return `${date}-${name}`;
}

export function talkSlug(date: string, name: string): string {
  return `${date.slice(0, 4)}-${name}`;
}

function file(frontMatter: Record<string, unknown>, sections: readonly string[], hints: Record<string, string>): string {
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
      sources: [{ id: 'postmortem', title: `${PLACEHOLDER} the title of the organisation's own postmortem`, url: PLACEHOLDER_URL, kind: 'postmortem' }],
      ...(a.notDuplicateOf?.length ? { notDuplicateOf: a.notDuplicateOf } : {}),
      ...(a.added ? { added: a.added } : {}),
      draft: true,
    },
    REQUIRED_SECTIONS.incident,
    {
      // The hints cite [@postmortem], so that a writeup starts the way it must go on: every claim cites its source.
      Summary: 'what happened, in a paragraph, in your own words [@postmortem].',
      Timeline:
        'the zone the times are in, then a `<Timeline>` of `<Event time="19:28" zone="PDT" date="…" kind="start">What happened [@postmortem].</Event>` lines, ' +
        'times as the source gives them; `kind` marks start, detected, mitigated, resolved (see CONTRIBUTING.md).',
      'Root cause': 'why it happened; the trigger and what let it spread [@postmortem].',
      Impact: 'who was affected, how much and for how long [@postmortem].',
      'Detection and response': 'how it was noticed and what was done [@postmortem].',
      Lessons: 'what other engineers can take away; link the failure classes.',
      Sources: 'the sources again, as links.',
    },
  );
}

/** A brief (depth.ts): the same front matter, marked `depth: brief`, and three cited paragraphs instead of sections. */
export function briefFile(a: IncidentAnswers): string {
  const frontMatter = {
    title: a.title,
    date: a.date,
    organizations: a.organizations,
    failureClasses: a.failureClasses,
    summary: `${PLACEHOLDER} one sentence of 40–320 characters: what broke, for whom, why.`,
    depth: 'brief',
    sources: [{ id: 'postmortem', title: `${PLACEHOLDER} the title of the organisation's own postmortem`, url: PLACEHOLDER_URL, kind: 'postmortem' }],
    ...(a.notDuplicateOf?.length ? { notDuplicateOf: a.notDuplicateOf } : {}),
    ...(a.added ? { added: a.added } : {}),
    draft: true,
  };
  const body = [
    `${PLACEHOLDER} what happened, in two to four sentences of your own words [@postmortem].`,
    `${PLACEHOLDER} why: the cause as the organisation states it [@postmortem].`,
    `${PLACEHOLDER} what it teaches, in a sentence or two (${BRIEF_WORDS.min}–${BRIEF_WORDS.max} words in all).`,
  ].join('\n\n');
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${body}\n`;
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
      links: [{ id: 'recording', title: `${PLACEHOLDER} the recording or slides`, url: PLACEHOLDER_URL }],
      ...(a.added ? { added: a.added } : {}),
      draft: true,
    },
    REQUIRED_SECTIONS.talk,
    { 'What the talk argues': 'its argument, in your own words [@recording].' },
  );
}
