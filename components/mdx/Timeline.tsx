import { Children, isValidElement, type ReactNode } from 'react';

/**
 * MDX wraps events written on one line (`<Event …>text</Event>`) in a paragraph; a list item
 * cannot stand in a <p>, so the timeline lifts events out of those paragraphs.
 */
function events(children: ReactNode): ReactNode[] {
  return Children.toArray(children).flatMap((child) => {
    if (isValidElement<{ children?: ReactNode }>(child) && child.type === 'p') return events(child.props.children);
    return typeof child === 'string' && child.trim() === '' ? [] : [child];
  });
}

/** A timeline as an ordered list: screen readers announce how many events there are and where they are. */
export function Timeline({ children }: { children?: ReactNode }) {
  return <ol className="timeline">{events(children)}</ol>;
}

/** One event; the time is shown with the zone the source gave, never converted. */
export function Event({ time, zone, date, kind, children }: { time: string; zone?: string; date?: string; kind?: string; children?: ReactNode }) {
  const stamp = [date, time, zone].filter(Boolean).join(' ');
  return (
    <li className="timeline-event" data-kind={kind}>
      <span className="timeline-time">{stamp}</span>
      <div className="timeline-text">{children}</div>
    </li>
  );
}
