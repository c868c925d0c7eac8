/** Durations derived from `started`/`resolved`: exact minutes or nothing, never a guess. */

export function durationMinutes(started?: string, resolved?: string): number | undefined {
  if (!started || !resolved) return undefined;
  const ms = Date.parse(resolved) - Date.parse(started);
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms / 60_000) : undefined;
}

/** 148 → "2 h 28 min"; 3 d and more keep their minutes too, so nothing is rounded away. */
export function formatDuration(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts = [days && `${days} d`, hours && `${hours} h`, mins && `${mins} min`].filter(Boolean);
  return parts.length ? parts.join(' ') : '0 min';
}

/** "2011-03-17T19:28:00-07:00" → "2011-03-17 19:28 UTC−07:00", in the zone the source gave. */
export function formatZoned(dateTime: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})$/.exec(dateTime);
  if (!m) return dateTime;
  const [, day, time, zone] = m;
  return `${day} ${time} ${zone === 'Z' || zone === '+00:00' ? 'UTC' : `UTC${zone.replace('-', '−')}`}`;
}
