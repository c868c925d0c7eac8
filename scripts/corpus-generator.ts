/**
 * A deterministic generator of incident-like content for benchmarks and scale tests: the same
 * seed and size always write the same files. Writeups have the real section structure, ~700 words
 * of incident vocabulary, every failure class, dates over twenty years, numbers of every shape
 * (error codes, ticket ids, decimals), and a share of plain .md files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { loadCorpus } from '../lib/content/load';
import { REQUIRED_SECTIONS } from '../lib/content/sections';

export type GeneratorOptions = { count: number; seed?: number; mdShare?: number };

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORG_HEADS = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne', 'Soylent', 'Aperture', 'Vandelay', 'Wonka', 'Massive', 'Oscorp', 'Gringotts', 'Monarch', 'Nakatomi', 'Pied Piper', 'Dunder', 'Blue Sun', 'Black Mesa', 'Weyland', 'Virtucon', 'Zorg'];
const ORG_TAILS = ['Cloud', 'Payments', 'Networks', 'Storage', 'Labs', 'Systems', 'Data', 'Games', 'Mail', 'Maps', 'Video', 'Health', 'Bank', 'Logistics', 'Chat', 'Search', 'Ads', 'CDN', 'DNS', 'Hosting', 'Analytics', 'Security', 'Commerce', 'Social'];
const SERVICES = ['API gateway', 'object storage', 'block storage', 'load balancer', 'DNS resolver', 'message queue', 'metadata service', 'control plane', 'authentication service', 'billing pipeline', 'cache fleet', 'database cluster', 'CDN edge', 'service mesh', 'scheduler', 'container registry', 'search cluster', 'stream processor', 'certificate authority', 'config service'];
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ap-northeast-1', 'sa-east-1', 'global'];
const TRIGGERS = ['a configuration push', 'a routine deploy', 'an expired certificate', 'a partial router failure', 'a leap second', 'a disk firmware bug', 'a retry storm', 'a mistyped command', 'a power loss in one data centre', 'a dependency timeout', 'an overloaded metadata service', 'a BGP route withdrawal', 'a cache flush', 'a schema migration', 'a thread limit', 'a memory leak'];
const EFFECTS = ['requests timed out', 'error rates rose', 'latency climbed', 'health checks flapped', 'queues backed up', 'clients retried without backoff', 'writes were rejected', 'the control plane stopped answering', 'dashboards went blank', 'replicas fell behind', 'connections were refused', 'pages returned HTTP 503'];
const ACTORS = ['the on-call engineer', 'the incident commander', 'the network team', 'the storage team', 'automation', 'the database team', 'a monitoring alert', 'customer reports', 'the SRE rotation'];
const ACTIONS = ['rolled back the change', 'drained traffic from the zone', 'restarted the fleet in stages', 'raised the connection limit', 'disabled the feature flag', 'failed over to the standby', 'throttled client boots', 'restored from backup', 'withdrew the bad route', 'renewed the certificate'];
const LESSONS = ['stage configuration changes behind canaries', 'test the recovery path, not only the happy path', 'make retries back off with jitter', 'keep the status page off the infrastructure it reports on', 'alert on the symptom the customer sees', 'bound the work one request can cause', 'practise restarts at full scale', 'track certificate expiry as a metric'];
const FILLER = ['The team later found that', 'Graphs from the time show that', 'In the postmortem the authors note that', 'Customers saw that', 'It turned out that', 'Meanwhile', 'At the same time', 'As a result'];

export function generateCorpus(dir: string, { count, seed = 42, mdShare = 0.2 }: GeneratorOptions): number {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const classes = loadCorpus(path.resolve('content')).failureClasses;

  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'incidents'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'talks'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'failure-classes'), { recursive: true });
  for (const c of classes) {
    const fm = stringify({ id: c.id, title: c.title, summary: c.summary, aliases: c.aliases ?? [] });
    fs.writeFileSync(path.join(dir, 'failure-classes', `${c.id}.mdx`), `---\n${fm}---\n\n${REQUIRED_SECTIONS['failure-class'].map((s) => `## ${s}\n\n${c.summary}\n`).join('\n')}`);
  }

  const sentence = () => {
    const n = () => pick([String(int(100, 599)), String(int(10000, 99999)), `${int(1, 99)}.${int(0, 99)}`, `${int(2, 99)}%`, String(int(1990, 2025))]);
    return pick([
      `${pick(FILLER)} ${pick(TRIGGERS)} meant ${pick(EFFECTS)} for ${int(2, 95)}% of requests in ${pick(REGIONS)}.`,
      `${pick(ACTORS)} saw error ${n()} on the ${pick(SERVICES)} and ${pick(ACTIONS)}.`,
      `Ticket ${int(10000, 99999)} tracked the ${pick(SERVICES)}, where ${pick(EFFECTS)} for ${int(3, 240)} minutes.`,
      `${pick(FILLER)} the ${pick(SERVICES)} depended on the ${pick(SERVICES)}, so ${pick(EFFECTS)} once ${pick(TRIGGERS)} began.`,
      `Peak load reached ${n()} requests per second, about ${int(2, 40)} times the usual ${int(100, 900)}.`,
      `The lesson the authors draw is to ${pick(LESSONS)}.`,
    ]);
  };
  const paragraph = (sentences: number) => Array.from({ length: sentences }, sentence).join(' ');

  for (let i = 0; i < count; i++) {
    const year = int(2005, 2025);
    const date = `${year}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
    const org = `${pick(ORG_HEADS)} ${pick(ORG_TAILS)}`;
    const trigger = pick(TRIGGERS);
    const service = pick(SERVICES);
    const own = [...new Set(Array.from({ length: int(1, 4) }, () => pick(classes).id))];
    const title = `${org}: ${trigger} takes down the ${service} (${i + 1})`;
    const startHour = int(0, 20);
    const minutes = int(5, 600);
    const started = `${date}T${String(startHour).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}:00Z`;
    const resolved = new Date(Date.parse(started) + minutes * 60_000).toISOString().replace('.000Z', 'Z');
    const frontMatter = stringify({
      title,
      date,
      organizations: [org],
      failureClasses: own,
      summary: `${trigger[0].toUpperCase()}${trigger.slice(1)} at ${org} meant ${pick(EFFECTS)} on the ${service} in ${pick(REGIONS)} for ${minutes} minutes.`,
      services: [service],
      regions: [pick(REGIONS)],
      started,
      resolved,
      sources: [{ id: 'postmortem', title: `${org} postmortem ${i + 1}`, url: `https://status.example.com/${org.toLowerCase().replace(/\s+/g, '-')}/${i + 1}`, kind: 'postmortem' }],
    }, { lineWidth: 0 });
    // Cited as a writeup must be (lib/content/check-citations.ts): every event and Root cause and Impact paragraph.
    const cited = (text: string) => `${text.replace(/\.$/, '')} [@postmortem].`;
    const ext = random() < mdShare ? 'md' : 'mdx';
    const timeline = ext === 'mdx' ? structuredTimeline(started, minutes, int(4, 8), () => cited(sentence())) : Array.from({ length: int(4, 8) }, (_, k) => `- **${String((startHour + k) % 24).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')} UTC** — ${cited(sentence())}`).join('\n');
    const body = [
      `## Summary\n\n${paragraph(5)}`,
      `## Timeline\n\n${timeline}`,
      `## Root cause\n\n${cited(paragraph(8))}\n\n${cited(paragraph(6))}`,
      `## Impact\n\n${cited(paragraph(5))}`,
      `## Detection and response\n\n${paragraph(6)}`,
      `## Lessons\n\n${Array.from({ length: 3 }, () => `- ${pick(LESSONS)[0].toUpperCase()}${pick(LESSONS).slice(1)}.`).join('\n')}`,
      `## Sources\n\n- [${org} postmortem ${i + 1}](https://status.example.com/${i + 1})`,
    ].join('\n\n');
    const slug = `${date}-${org.toLowerCase().replace(/\s+/g, '-')}-incident-${i + 1}`;
    fs.writeFileSync(path.join(dir, 'incidents', `${slug}.${ext}`), `---\n${frontMatter}---\n\n${body}\n`);
  }
  // A talk note per hundred incidents (at least one: every kind of page gets built).
  for (let t = 0; t < Math.max(1, Math.floor(count / 100)); t++) {
    const year = int(2008, 2025);
    const topic = pick(TRIGGERS);
    const frontMatter = stringify({
      title: `Lessons from ${topic}: talk ${t + 1}`,
      date: `${year}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
      speakers: [`${pick(['Ada', 'Grace', 'Linus', 'Radia', 'Barbara', 'Ken'])} ${pick(['Lovelace', 'Hopper', 'Perlman', 'Liskov', 'Thompson'])}`],
      event: `${pick(['SREcon', 'Velocity', 'QCon', 'Monitorama'])} ${year}`,
      summary: `A talk on what ${topic} teaches about ${pick(SERVICES)} reliability, with ${int(2, 9)} case studies.`,
      failureClasses: [pick(classes).id],
    }, { lineWidth: 0 });
    fs.writeFileSync(path.join(dir, 'talks', `${year}-talk-${t + 1}.mdx`), `---\n${frontMatter}---\n\n## What the talk argues\n\n${paragraph(6)}\n\n## Key ideas\n\n${paragraph(4)}\n\n## What it illuminates\n\n${paragraph(3)}\n\n## Links\n\n${paragraph(1)}\n`);
  }
  return count;
}

/**
 * An MDX writeup's timeline as a contributor writes it (CONTRIBUTING.md): `count` events from
 * `started` to `minutes` later, in UTC, the first marked start, then detected, the last two
 * mitigated and resolved — so that the check and the durations have real work to do.
 */
function structuredTimeline(started: string, minutes: number, count: number, text: () => string): string {
  const offsets = Array.from({ length: count }, (_, k) => Math.round((minutes * k) / (count - 1)));
  const kinds: Record<number, string> = { 0: 'start', 1: 'detected', [count - 2]: 'mitigated', [count - 1]: 'resolved' };
  const events = offsets.map((offset, k) => {
    const at = new Date(Date.parse(started) + offset * 60_000).toISOString();
    const kind = kinds[k] ? ` kind="${kinds[k]}"` : '';
    return `<Event time="${at.slice(11, 16)}" zone="UTC" date="${at.slice(0, 10)}"${kind}>${text()}</Event>`;
  });
  return `All times are in UTC.\n\n<Timeline>\n${events.join('\n')}\n</Timeline>`;
}
