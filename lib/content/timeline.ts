/**
 * A structured timeline as data: each <Event>'s moment, placed in time only where the writeup
 * makes it explicit (a date, a time and a zone we know the offset of), and the intervals an
 * incident is measured by — time to detect, to mitigate, to resolve — only where both ends are
 * explicit. Nothing is guessed: an event without a date does not inherit one.
 */
import { EVENT_KINDS } from './mdx-allow-list';

export type EventKind = (typeof EVENT_KINDS)[number];
export type TimelineEvent = { time: string; zone?: string; date?: string; kind?: string; line: number; column: number };

/** Offsets of the zone names sources use; anything else can be written as UTC+10 or UTC-07:00. */
const ZONE_OFFSETS: Record<string, string> = {
  UTC: '+00:00', GMT: '+00:00', Z: '+00:00',
  PST: '-08:00', PDT: '-07:00', MST: '-07:00', MDT: '-06:00', CST: '-06:00', CDT: '-05:00', EST: '-05:00', EDT: '-04:00',
  BST: '+01:00', CET: '+01:00', CEST: '+02:00', EET: '+02:00', EEST: '+03:00', JST: '+09:00', KST: '+09:00',
  AEST: '+10:00', AEDT: '+11:00', NZST: '+12:00', NZDT: '+13:00',
};

export function zoneOffset(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  const named = ZONE_OFFSETS[zone.toUpperCase()];
  if (named) return named;
  const m = /^UTC([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(zone);
  return m ? `${m[1]}${m[2].padStart(2, '0')}:${m[3] ?? '00'}` : undefined;
}

/** "2017-02-28T09:37:00-08:00", or undefined where the date, the time or the zone is not explicit. */
export function eventInstant(event: Pick<TimelineEvent, 'time' | 'zone' | 'date'>): string | undefined {
  const offset = zoneOffset(event.zone);
  if (!event.date || !offset) return undefined;
  const [h, m, s = '00'] = event.time.split(':');
  return `${event.date}T${h.padStart(2, '0')}:${m}:${s}${offset}`;
}

export type TimelineMetrics = {
  /** The explicit instant of each kind of moment the timeline marks. */
  moments: Partial<Record<EventKind, string>>;
  minutesToDetect?: number;
  minutesToMitigate?: number;
  minutesToResolve?: number;
};

const minutesBetween = (from?: string, to?: string) =>
  from && to ? Math.round((Date.parse(to) - Date.parse(from)) / 60_000) : undefined;

export function timelineMetrics(events: readonly Pick<TimelineEvent, 'time' | 'zone' | 'date' | 'kind'>[]): TimelineMetrics {
  const moments: TimelineMetrics['moments'] = {};
  for (const event of events) {
    const instant = eventInstant(event);
    if (instant && (EVENT_KINDS as readonly string[]).includes(event.kind ?? '')) moments[event.kind as EventKind] ??= instant;
  }
  return {
    moments,
    minutesToDetect: minutesBetween(moments.start, moments.detected),
    minutesToMitigate: minutesBetween(moments.start, moments.mitigated),
    minutesToResolve: minutesBetween(moments.start, moments.resolved),
  };
}

