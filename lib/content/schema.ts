/**
 * The content model (shared/docs/content-model.md) as zod schemas: the single source of truth for
 * front matter, the TypeScript types, the validator's messages and CONTRIBUTING.md's field list.
 */
import { z } from 'zod';

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

export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealDay, 'is not a real calendar day');

/** A date-time with an explicit offset: the zone the source reports is kept, never guessed. */
export const zonedDateTime = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/,
    'must be an ISO 8601 date-time with an offset, e.g. 2011-03-17T19:28:00-07:00',
  )
  .refine((v) => !Number.isNaN(Date.parse(v)) && isRealDay(v.slice(0, 10)), 'is not a real date-time');

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

export const SOURCE_KINDS = ['postmortem', 'status-page', 'news', 'talk', 'paper', 'blog', 'other'] as const;

const source = z.strictObject({
  title: trimmed(1, 300),
  url: webUrl,
  kind: z.enum(SOURCE_KINDS),
});

const link = z.strictObject({ title: trimmed(1, 300), url: webUrl });

const names = z.array(trimmed(1, 120));
const failureClassIds = z.array(slug).min(1, 'must name at least one failure class');

export const incidentFrontMatter = z
  .strictObject({
    title: trimmed(10, 120),
    date: calendarDate,
    organizations: names.min(1, 'must name at least one organisation'),
    failureClasses: failureClassIds,
    summary: trimmed(40, 320),
    sources: z.array(source).min(1, 'must list at least one source'),
    services: names.optional(),
    regions: names.optional(),
    started: zonedDateTime.optional(),
    resolved: zonedDateTime.optional(),
    impact: trimmed(1, 600).optional(),
    related: z.array(slug).optional(),
    draft: z.boolean().optional(),
  })
  .superRefine((fm, ctx) => {
    if (fm.started && fm.resolved && Date.parse(fm.resolved) <= Date.parse(fm.started)) {
      ctx.addIssue({ code: 'custom', path: ['resolved'], message: 'must be after started' });
    }
  });

export const talkFrontMatter = z.strictObject({
  title: trimmed(10, 120),
  date: calendarDate,
  speakers: names.min(1, 'must name at least one speaker'),
  event: trimmed(1, 200),
  summary: trimmed(40, 320),
  failureClasses: failureClassIds,
  location: trimmed(1, 200).optional(),
  links: z.array(link).optional(),
  related: z.array(slug).optional(),
  draft: z.boolean().optional(),
});

export const failureClassFrontMatter = z.strictObject({
  id: slug,
  title: trimmed(3, 120),
  summary: trimmed(40, 320),
  aliases: names.optional(),
  references: z.array(link).optional(),
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
