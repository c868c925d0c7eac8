/**
 * What a writeup's body may contain beyond Markdown: the components of components/mdx/ with their
 * props, and a few harmless HTML elements. The validator enforces it; CONTRIBUTING.md documents it;
 * a test keeps components/mdx/ in step with it.
 */

export type PropRule = {
  required?: boolean;
  /** The prop must be one of these strings. */
  oneOf?: readonly string[];
  /** The prop is a link and passes the same URL rule as Markdown links. */
  url?: boolean;
  pattern?: RegExp;
  patternHint?: string;
  /** The prop is `{name}`, bound by an import of the writeup's own file of this kind (imports.ts). */
  imported?: 'image' | 'data';
};

export type ComponentRule = {
  description: string;
  props: Record<string, PropRule>;
  /** Where the component may stand: only directly inside this parent component. */
  parent?: string;
  /**
   * A block (it renders <ol>, <aside>, <figure>): it stands on lines of its own. Written on one
   * line it is lifted out of the paragraph Markdown wraps it in; inside text it is an error.
   */
  block?: boolean;
  example: string;
};

/** The moments of an incident a timeline event may mark. */
export const EVENT_KINDS = ['start', 'detected', 'mitigated', 'resolved'] as const;

export const ALLOWED_COMPONENTS: Record<string, ComponentRule> = {
  Timeline: {
    description: 'A list of timestamped events, rendered as an accessible ordered list.',
    block: true,
    props: {},
    example: '<Timeline>\n  <Event time="19:28" zone="PDT">Packet loss begins.</Event>\n</Timeline>',
  },
  Event: {
    description: 'One event of a Timeline: a time with its zone (as the source gives it) and what happened.',
    parent: 'Timeline',
    props: {
      time: { required: true, pattern: /^\d{1,2}:\d{2}(:\d{2})?$/, patternHint: 'HH:MM or HH:MM:SS' },
      zone: { pattern: /^[A-Za-z][A-Za-z0-9+\-:]{0,9}$/, patternHint: 'a zone name such as PDT or UTC+10' },
      date: { pattern: /^\d{4}-\d{2}-\d{2}$/, patternHint: 'YYYY-MM-DD' },
      // The moments the durations are computed from; other events have no kind.
      kind: { oneOf: EVENT_KINDS },
    },
    example: '<Event time="21:56" zone="PDT" date="2011-03-17">Traffic is failed away by hand.</Event>',
  },
  Callout: {
    description: 'A highlighted lesson, warning or note.',
    block: true,
    props: {
      kind: { oneOf: ['lesson', 'warning', 'note'] },
      title: {},
    },
    example: '<Callout kind="lesson" title="Partial failures defeat redundancy">\nRedundancy only helps when something notices the failure.\n</Callout>',
  },
  Metric: {
    description: 'A headline number with what it measures and where it comes from.',
    block: true,
    props: {
      value: { required: true },
      label: { required: true },
      source: { url: true },
    },
    example: '<Metric value="2 h 28 min" label="from first packet loss to manual failover" source="https://example.org/postmortem" />',
  },
  Figure: {
    description: 'An image from the writeup\'s own folder, with its text alternative and a caption (the children).',
    block: true,
    props: {
      src: { required: true, imported: 'image' },
      alt: { required: true },
    },
    example: 'import diagram from "./diagram.svg"\n\n<Figure src={diagram} alt="Two data centres linked by one fibre path">\nThe one path between the sites.\n</Figure>',
  },
  Chart: {
    description: 'A bar chart drawn at build time from a data file of the writeup\'s folder, with its numbers as a table and a caption (the children).',
    block: true,
    props: {
      data: { required: true, imported: 'data' },
      x: { required: true, patternHint: 'the column that labels each bar' },
      y: { required: true, patternHint: 'the column of numbers' },
      title: { required: true },
      unit: {},
    },
    example: 'import phases from "./phases.csv"\n\n<Chart data={phases} x="phase" y="minutes" unit="minutes" title="How long each phase lasted">\nMinutes from one event to the next.\n</Chart>',
  },
};

/** Names contributors know from other documentation tools, and what to write here instead. */
export const FAMILIAR_NAMES: Record<string, string> = {
  Warning: '<Callout kind="warning">',
  Caution: '<Callout kind="warning">',
  Danger: '<Callout kind="warning">',
  Note: '<Callout kind="note">',
  Info: '<Callout kind="note">',
  Tip: '<Callout kind="lesson">',
  Lesson: '<Callout kind="lesson">',
  Important: '<Callout kind="lesson">',
  Admonition: '<Callout>',
  Aside: '<Callout>',
};

/** Harmless inline HTML, with the attributes each may carry. */
export const ALLOWED_HTML: Record<string, readonly string[]> = {
  abbr: ['title'],
  sub: [],
  sup: [],
  kbd: [],
  br: [],
};

export const ALLOWED_SCHEMES = ['https:', 'http:', 'mailto:'] as const;
