/**
 * The content model (shared/docs/content-model.md) as zod schemas: the single source of truth for
 * front matter, the TypeScript types, the validator's messages and CONTRIBUTING.md's field list.
 */
import { z } from 'zod';
import { BRIEF_WORDS, DEPTHS } from './depth';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z.string().regex(SLUG_PATTERN, 'must be lower-case a-z, 0-9 and single hyphens');

const trimmed = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`);

function isRealDay(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Today as YYYY-MM-DD, a day ahead of UTC: a source in UTC+14 may date an event a day later than
 * UTC does. Content about the future is a typo (2031 for 2021), never a fact.
 */
function latestPossibleDay(): string {
  return new Date(Date.now() + 24 * 3600_000).toISOString().slice(0, 10);
}

const notInFuture = (value: string) => value.slice(0, 10) <= latestPossibleDay();
const futureMessage = () => `is in the future (today is ${new Date().toISOString().slice(0, 10)})`;

// `abort`: a value that is not written YYYY-MM-DD gets one message, not one per later check.
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD', abort: true })
  .refine(isRealDay, { message: 'is not a real calendar day', abort: true })
  .refine(notInFuture, { error: futureMessage });

/** A date-time with an explicit offset: the zone the source reports is kept, never guessed. */
export const zonedDateTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/,
    { message: 'must be an ISO 8601 date-time with an offset, e.g. 2011-03-17T19:28:00-07:00', abort: true },
  )
  .refine((v) => !Number.isNaN(Date.parse(v)) && isRealDay(v.slice(0, 10)), { message: 'is not a real date-time', abort: true })
  .refine(notInFuture, { error: futureMessage });

const webUrl = z
  .string()
  .trim()
  .refine((v) => {
    try {
      const url = new URL(v);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an absolute https:// or http:// URL');

/**
 * Archives whose snapshots stay put: the Wayback Machine (web.archive.org/web/<14-digit time>/<url>)
 * and archive.today under any of its domains. A snapshot elsewhere may vanish with its host.
 */
const ARCHIVE_TODAY = ['archive.today', 'archive.ph', 'archive.is', 'archive.li', 'archive.vn', 'archive.fo', 'archive.md'];

export function isSnapshotUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:') return false;
    if (url.hostname === 'web.archive.org') return /^\/web\/\d{14}\/https?:\/\/./.test(url.pathname + url.search);
    return ARCHIVE_TODAY.includes(url.hostname) && url.pathname.length > 1;
  } catch {
    return false;
  }
}

const snapshotUrl = z
  .string()
  .trim()
  .refine(isSnapshotUrl, 'must be an https:// snapshot on web.archive.org (https://web.archive.org/web/<14-digit time>/<url>) or archive.today (archive.ph, archive.is…)');

export const SOURCE_KINDS = ['postmortem', 'status-page', 'news', 'talk', 'paper', 'blog', 'other'] as const;

/** What a body cites a source by: `[@aws-summary]`. */
const sourceId = slug.max(40, 'must be at most 40 characters');

const source = z.strictObject({
  id: sourceId.optional(),
  title: trimmed(1, 300),
  url: webUrl,
  archived: snapshotUrl.optional(),
  kind: z.enum(SOURCE_KINDS),
});

const link = z.strictObject({ id: sourceId.optional(), title: trimmed(1, 300), url: webUrl, archived: snapshotUrl.optional() });

const names = z.array(trimmed(1, 120));

/** When an entry joined the collection: what "recently added" sorts by, and git history need not be deep. */
const addedDay = calendarDate
  .optional()
  .describe('The day the entry was added to Faultline, YYYY-MM-DD: npm run new fills it in; the home page lists the newest additions first');
const failureClassIds = z.array(slug).min(1, 'must name at least one failure class');

export const incidentFrontMatter = z
  .strictObject({
    title: trimmed(10, 120).describe('What happened, 10–120 characters: "AWS S3 us-east-1: a mistyped command removes too much capacity"'),
    date: calendarDate.describe('The day the incident began, YYYY-MM-DD, in the timezone the source reports; the file name starts with it'),
    organizations: names.min(1, 'must name at least one organisation').describe('Who ran the system, as they write their name: ["Amazon Web Services"]'),
    failureClasses: failureClassIds.describe('Ids of files in content/failure-classes/: [gray-failure, monitoring-blind-spot]'),
    summary: trimmed(40, 320).describe('One plain-text sentence of 40–320 characters: what broke, for whom, why'),
    sources: z
      .array(source)
      .min(1, 'must list at least one source')
      .describe(`Each {id, title, url, kind, archived}: id is what the body cites, [@id]; url is https:// or http://; kind is one of ${SOURCE_KINDS.join(', ')}; archived (optional) is a snapshot of the page on web.archive.org or archive.today that you have opened. The organisation's own postmortem first`),
    services: names.optional().describe('Products affected: ["EC2", "EBS"]'),
    regions: names.optional().describe('Regions affected: ["us-east-1"], ["global"]'),
    started: zonedDateTime.optional().describe('When it began, with the offset the source uses: "2011-03-17T19:28:00-07:00". Only with resolved, only if the source gives both'),
    resolved: zonedDateTime.optional().describe('When it ended, after started; the page shows the duration derived from the two'),
    impact: trimmed(1, 600).optional().describe('One or two sentences on who was affected and how much'),
    related: z.array(slug).optional().describe('Slugs of incidents, talks or failure classes to show first as related'),
    notDuplicateOf: z
      .array(slug)
      .optional()
      .describe('Slugs of incidents this one only looks like (same organisation and date, or a near-identical title): the check stops warning that it may be a duplicate'),
    added: addedDay,
    draft: z.boolean().optional().describe('true: validated but not published (the scaffolder starts files as drafts)'),
    depth: z
      .enum(DEPTHS)
      .optional()
      .describe(`brief: a short cited note of ${BRIEF_WORDS.min}–${BRIEF_WORDS.max} words (what happened, why, what it teaches) that cites the organisation's own account and needs no sections; leave out for a full writeup`),
  })
  .superRefine((fm, ctx) => {
    // One end alone would invite a guessed duration; the pair or nothing.
    if (Boolean(fm.started) !== Boolean(fm.resolved)) {
      const missing = fm.started ? 'resolved' : 'started';
      ctx.addIssue({ code: 'custom', path: [fm.started ? 'started' : 'resolved'], message: `needs "${missing}" too: give both times or neither` });
    }
    if (fm.started && fm.resolved && Date.parse(fm.resolved) <= Date.parse(fm.started)) {
      ctx.addIssue({ code: 'custom', path: ['resolved'], message: 'must be after started' });
    }
  });

export const talkFrontMatter = z.strictObject({
  title: trimmed(10, 120).describe("The talk's title as the event lists it"),
  date: calendarDate.describe('The day of the talk, YYYY-MM-DD; the file name starts with its year'),
  speakers: names.min(1, 'must name at least one speaker').describe('Who gave it: ["Richard Cook"]'),
  event: trimmed(1, 200).describe('The conference or meetup: "Velocity 2012"'),
  summary: trimmed(40, 320).describe('One plain-text sentence of 40–320 characters: what the talk argues'),
  failureClasses: failureClassIds.describe('Ids of the failure classes the talk illuminates'),
  location: trimmed(1, 200).optional().describe('Where it was given: "Santa Clara, California"'),
  links: z.array(link).optional().describe('Each {id, title, url, archived}: recording, slides, paper; the body cites them as [@id]; archived as for an incident\'s sources'),
  related: z.array(slug).optional().describe('Slugs of the incidents and classes the talk illuminates'),
  added: addedDay,
  draft: z.boolean().optional().describe('true: validated but not published'),
});

export const failureClassFrontMatter = z.strictObject({
  id: slug.describe('Equal to the file name: gray-failure'),
  title: trimmed(3, 120).describe('The name readers know it by: "Gray failure"'),
  summary: trimmed(40, 320).describe('A one-sentence definition, 40–320 characters'),
  aliases: names.optional().describe('Other names readers search for: ["partial failure"]'),
  references: z.array(link).optional().describe('Each {id, title, url, archived}: the work that defines the class; the body may cite them as [@id]; archived as for an incident\'s sources'),
});

export type IncidentFrontMatter = z.infer<typeof incidentFrontMatter>;
export type TalkFrontMatter = z.infer<typeof talkFrontMatter>;
export type FailureClassFrontMatter = z.infer<typeof failureClassFrontMatter>;

export const COLLECTIONS = {
  incidents: incidentFrontMatter,
  talks: talkFrontMatter,
  'failure-classes': failureClassFrontMatter,
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
