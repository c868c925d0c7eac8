import { formatDuration } from '@/lib/content/duration';
import { eventInstant, type TimelineEvent } from '@/lib/content/timeline';

type Placed = { instant: number; label: string; kind?: string };

const WIDTH = 300;
const AXIS = 92;
const MIN_GAP = 30;

/**
 * The events of a writeup's structured timeline on a time axis, drawn as SVG at build time: time
 * runs down the page, so the figure keeps its size at 360 px; distances follow the clock, but never
 * closer than a label's height, so events minutes apart stay legible in a timeline hours long. Only
 * events placed in time (date, time, known zone) are drawn; the body's ordered list, which screen
 * readers read, keeps every event and its text.
 */
export function TimelineFigure({ events, title }: { events: readonly Pick<TimelineEvent, 'time' | 'zone' | 'date' | 'kind'>[]; title: string }) {
  const placed: Placed[] = events.flatMap((e) => {
    const instant = eventInstant(e);
    return instant ? [{ instant: Date.parse(instant), label: `${e.date} ${e.time} ${e.zone}`, kind: e.kind }] : [];
  });
  if (placed.length < 2) return null;
  const first = placed[0].instant;
  const span = Math.max(1, placed.at(-1)!.instant - first);
  const scale = Math.max(160, placed.length * 44) / span;
  const ys: number[] = [];
  placed.forEach((p, i) => ys.push(Math.max(24 + (p.instant - first) * scale, i ? ys[i - 1] + MIN_GAP : 24)));
  const height = ys.at(-1)! + 24;
  const elapsed = (p: Placed) => `+${formatDuration(Math.round((p.instant - first) / 60_000))}`;
  const description = `${placed.length} events placed in time, from ${placed[0].label} to ${placed.at(-1)!.label}, ${elapsed(placed.at(-1)!).slice(1)} apart. The list in the text gives what happened at each.`;
  return (
    <figure className="timeline-figure">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="timeline-figure-title timeline-figure-desc">
        <title id="timeline-figure-title">{`Timeline of ${title}`}</title>
        <desc id="timeline-figure-desc">{description}</desc>
        <line x1={AXIS} x2={AXIS} y1={ys[0]} y2={ys.at(-1)} className="timeline-figure-axis" />
        {placed.map((p, i) => (
          <g key={i}>
            <text x={AXIS - 12} y={ys[i] + 4} textAnchor="end" className="timeline-figure-elapsed">{elapsed(p)}</text>
            <circle cx={AXIS} cy={ys[i]} r={p.kind ? 6 : 4} className={p.kind ? 'timeline-figure-moment' : 'timeline-figure-event'} />
            <text x={AXIS + 12} y={ys[i] + 4} className="timeline-figure-label">
              {p.label.slice(11)}
              {p.kind && <tspan className="timeline-figure-kind"> {p.kind}</tspan>}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>Events on the clock, from the first ({placed[0].label}); larger dots mark start, detection, mitigation and resolution.</figcaption>
    </figure>
  );
}
