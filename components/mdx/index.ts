/**
 * The components a writeup's MDX may use, by the names lib/content/mdx-allow-list.ts allows
 * (a test keeps the two in step). They render on the server at build time.
 */
import { Callout } from './Callout';
import { Chart } from './Chart';
import { Figure } from './Figure';
import { Metric } from './Metric';
import { Event, Timeline } from './Timeline';

export const mdxComponents = { Timeline, Event, Callout, Metric, Figure, Chart };
