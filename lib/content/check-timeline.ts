/**
 * An incident's structured timeline against itself and its front matter. The moments a duration
 * is computed from (start, detected, mitigated, resolved) are each marked once, are explicit (a
 * date, a time and a zone with a known offset), come in that order, and agree with `started` and
 * `resolved`: front matter and timeline are one account, never two.
 */
import type { Locate } from './load';
import { EVENT_KINDS } from './mdx-allow-list';
import type { Incident } from './model';
import type { ContentProblem } from './problems';
import { eventInstant, timelineMetrics, type TimelineEvent } from './timeline';

const sameInstant = (a: string, b: string) => Date.parse(a) === Date.parse(b);

export function checkTimeline(incident: Incident, events: readonly TimelineEvent[], locate: Locate): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (at: { line: number; column: number }, message: string) =>
    problems.push({ file: incident.sourcePath, line: at.line, column: at.column, rule: 'timeline', message });

  const seen = new Map<string, TimelineEvent>();
  for (const event of events.filter((e) => e.kind)) {
    const first = seen.get(event.kind!);
    if (first) report(event, `a timeline marks one "${event.kind}" event; the first is on line ${first.line}`);
    else seen.set(event.kind!, event);
    if (!eventInstant(event)) {
      report(event, `a "${event.kind}" event needs a date and a zone with a known offset (UTC, PDT, UTC+10…), so that durations are computed from it, never guessed`);
    }
  }
  const { moments } = timelineMetrics(events);
  const ordered = EVENT_KINDS.filter((kind) => moments[kind]);
  ordered.forEach((kind, i) => {
    const earlier = ordered.slice(0, i).find((other) => Date.parse(moments[other]!) > Date.parse(moments[kind]!));
    if (earlier) report(seen.get(kind)!, `the "${kind}" event (${moments[kind]}) comes before the "${earlier}" event (${moments[earlier]})`);
  });

  for (const [field, kind] of [['started', 'start'], ['resolved', 'resolved']] as const) {
    const stated = incident[field];
    const marked = moments[kind];
    if (stated && marked && !sameInstant(stated, marked)) {
      report(locate([field]), `"${field}" is ${stated} but the timeline's "${kind}" event is ${marked}; they must agree`);
    }
  }
  if (moments.start && moments.resolved && !incident.started && !incident.resolved) {
    report(locate(['date']), `the timeline marks "start" and "resolved": add started: "${moments.start}" and resolved: "${moments.resolved}" to the front matter`);
  }
  return problems;
}
