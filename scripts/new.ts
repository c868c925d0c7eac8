/**
 * `npm run new -- incident` (or `-- talk`): scaffolds a content file. Asks for what it needs, or
 * takes it as flags for scripts:
 *   npm run new -- incident --title "…" --date 2021-10-04 --org "Meta" --classes config-change,network-and-routing
 *   npm run new -- talk --title "…" --date 2012-06-26 --speakers "Richard Cook" --event "Velocity 2012" --classes operator-action
 * Refuses to overwrite an existing file.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { contentDir } from '../lib/content';
import { readContent } from '../lib/content/load';
import { incidentFile, incidentSlug, talkFile, talkSlug } from '../lib/content/scaffold';
import { calendarDate } from '../lib/content/schema';
import { didYouMean } from '../lib/content/suggest';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: { type: 'string' },
    date: { type: 'string' },
    org: { type: 'string', multiple: true },
    speakers: { type: 'string' },
    event: { type: 'string' },
    classes: { type: 'string' },
  },
});

const lines = readline.createInterface({ input: process.stdin, terminal: process.stdin.isTTY })[Symbol.asyncIterator]();

async function ask(question: string, given: string | undefined, check: (v: string) => string | undefined): Promise<string> {
  let answer = given?.trim();
  for (;;) {
    if (answer === undefined) {
      process.stdout.write(`${question}: `);
      const next = await lines.next();
      if (next.done) throw new Error(`no answer for "${question}"`);
      answer = next.value.trim();
    }
    const problem = check(answer);
    if (!problem) return answer;
    if (given !== undefined) throw new Error(problem);
    console.log(`  ${problem}`);
    answer = undefined;
  }
}

const list = (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean);

async function main(): Promise<void> {
  const kind = positionals[0];
  if (kind !== 'incident' && kind !== 'talk') throw new Error('say what to create: npm run new -- incident, or npm run new -- talk');
  const dir = contentDir();
  const classIds = readContent(dir).entries.filter((e) => e.kind === 'failure-class').map((e) => e.slug).sort();

  const title = await ask('Title (10–120 characters)', values.title, (v) =>
    v.length < 10 || v.length > 120 ? 'the title needs 10 to 120 characters' : undefined,
  );
  const date = await ask(kind === 'incident' ? 'Date the incident began (YYYY-MM-DD)' : 'Date of the talk (YYYY-MM-DD)', values.date, (v) =>
    calendarDate.safeParse(v).success ? undefined : 'write a real date as YYYY-MM-DD',
  );
  const people =
    kind === 'incident'
      ? list(await ask('Organisations, comma-separated', values.org?.join(','), (v) => (list(v).length ? undefined : 'name at least one organisation')))
      : list(await ask('Speakers, comma-separated', values.speakers, (v) => (list(v).length ? undefined : 'name at least one speaker')));
  const event = kind === 'talk' ? await ask('Event (e.g. "SREcon19 Americas")', values.event, (v) => (v ? undefined : 'name the event')) : '';
  if (values.classes === undefined) console.log(`Failure classes: ${classIds.join(', ')}`);
  const failureClasses = list(
    await ask('Failure classes, comma-separated', values.classes, (v) => {
      if (!list(v).length) return 'name at least one failure class';
      const unknown = list(v).find((id) => !classIds.includes(id));
      return unknown ? `unknown failure class "${unknown}"${didYouMean(unknown, classIds)}` : undefined;
    }),
  );

  const slug = kind === 'incident'
    ? incidentSlug({ title, date, organizations: people, failureClasses })
    : talkSlug({ title, date, speakers: people, event, failureClasses });
  const folder = path.join(dir, kind === 'incident' ? 'incidents' : 'talks');
  const target = path.join(folder, `${slug}.mdx`);
  for (const existing of [target, target.replace(/\.mdx$/, '.md')]) {
    if (fs.existsSync(existing)) throw new Error(`${path.relative(process.cwd(), existing)} already exists; nothing was written`);
  }
  const text = kind === 'incident'
    ? incidentFile({ title, date, organizations: people, failureClasses })
    : talkFile({ title, date, speakers: people, event, failureClasses });
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(target, text, { flag: 'wx' });
  console.log(`Wrote ${path.relative(process.cwd(), target)} (a draft: remove "draft: true" when every TODO is done).`);
  console.log('Preview it with `npm run dev`, then run `npm run check`.');
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`npm run new: ${error.message}`);
    process.exit(1);
  },
);
