/**
 * `npm run new -- incident` (or `-- brief`, or `-- talk`): scaffolds a content file. Asks for what it needs, or
 * takes it as flags for scripts:
 *   npm run new -- incident --title "…" --date 2021-10-04 --org "Meta" --classes config-change,network-and-routing
 *   npm run new -- talk --title "…" --date 2012-06-26 --speakers "Richard Cook" --event "Velocity 2012" --classes operator-action
 * `--name` sets the file's short name (after the date); otherwise one is suggested from the title.
 * Refuses to overwrite an existing file, and to write a likely duplicate of an incident unless told
 * so (a "y" answer, or `--allow-duplicate`).
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { contentDir } from '../lib/content';
import { likelyDuplicates, type DuplicateCandidate } from '../lib/content/duplicates';
import { readContent } from '../lib/content/load';
import type { Incident } from '../lib/content/model';
import {
  defaultIncidentName,
  defaultTalkName,
  briefFile,
  incidentFile,
  incidentSlug,
  shortNameProblem,
  talkFile,
  talkSlug,
} from '../lib/content/scaffold';
import { calendarDate } from '../lib/content/schema';
import { didYouMean } from '../lib/content/suggest';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: { type: 'string' },
    date: { type: 'string' },
    org: { type: 'string', multiple: true },
    name: { type: 'string' },
    speakers: { type: 'string' },
    event: { type: 'string' },
    classes: { type: 'string' },
    'allow-duplicate': { type: 'boolean' },
  },
});

// In a terminal readline turns the tty's echo off and echoes the typing itself, to its output:
// without one, nothing typed would show.
const prompts = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true });
// The iterator buffers piped lines that arrive before their question is asked.
const lines = prompts[Symbol.asyncIterator]();

/** The flag's value if given, else the answer typed; Enter takes `suggested`. Re-asks until `check` passes. */
async function ask(question: string, given: string | undefined, check: (v: string) => string | undefined, suggested?: string): Promise<string> {
  let answer = given?.trim();
  for (;;) {
    if (answer === undefined) {
      prompts.setPrompt(suggested ? `${question} [${suggested}]: ` : `${question}: `);
      prompts.prompt();
      const next = await lines.next();
      if (next.done) throw new Error(`no answer for "${question}"`);
      answer = next.value.trim() || suggested || '';
    }
    const problem = check(answer);
    if (!problem) return answer;
    if (given !== undefined) throw new Error(problem);
    console.log(`  ${problem}`);
    answer = undefined;
  }
}

// Scripts give every flag and can answer nothing: they get the suggested short name, and a refusal for a likely duplicate.
const fromFlags = (
  positionals[0] === 'talk'
    ? [values.title, values.date, values.speakers, values.event, values.classes]
    : [values.title, values.date, values.org, values.classes]
).every((v) => v !== undefined);

const list = (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean);

/**
 * The short name: `--name`, else the answer (Enter takes the suggestion). A talk is asked only when
 * nothing can be suggested; a run given every other flag takes the suggestion or stops.
 */
async function shortName(prefix: string, suggested: string | undefined, alwaysAsk: boolean): Promise<string> {
  if (values.name === undefined && suggested && (fromFlags || !alwaysAsk)) return suggested;
  if (values.name === undefined && !suggested && fromFlags) {
    throw new Error(`no file name can be made from a title without Latin letters or digits; pass one with --name, e.g. --name example-router-outage (the file is then ${prefix}-example-router-outage.mdx)`);
  }
  const hint = suggested ? '' : ', lower-case a-z, 0-9 and hyphens';
  return ask(`Short name (the file is ${prefix}-<short name>.mdx${hint})`, values.name, shortNameProblem, suggested);
}

/**
 * Warns of incidents this one may repeat; goes on only if told to, and then returns their slugs
 * for the file's `notDuplicateOf`, so that the check does not warn again.
 */
async function confirmNotDuplicate(dir: string, candidate: DuplicateCandidate): Promise<string[]> {
  const incidents = readContent(dir).entries.filter((e): e is Incident => e.kind === 'incident');
  const found = likelyDuplicates(candidate, incidents);
  if (found.length === 0) return [];
  const slugs = found.map((d) => d.entry.slug);
  for (const { entry, reason } of found) console.warn(`This may already be written up: ${entry.sourcePath} (${reason}).`);
  if (values['allow-duplicate']) return slugs;
  const refusal = 'nothing was written; if it is a different incident, run again with --allow-duplicate';
  if (fromFlags) throw new Error(`likely duplicate of ${found.map((d) => d.entry.sourcePath).join(', ')}: ${refusal}`);
  const answer = await ask('Write it anyway? (y/N)', undefined, (v) => (/^(y|yes|n|no|)$/i.test(v) ? undefined : 'answer y or n'));
  if (!/^y/i.test(answer)) throw new Error(`${refusal}, or answer y`);
  return slugs;
}

async function main(): Promise<void> {
  const asked = positionals[0];
  if (asked !== 'incident' && asked !== 'brief' && asked !== 'talk') {
    throw new Error('say what to create: npm run new -- brief (a short cited note), npm run new -- incident (a full writeup), or npm run new -- talk');
  }
  // A brief is an incident file: the same questions, the same folder and name.
  const kind = asked === 'talk' ? 'talk' : 'incident';
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

  const slug =
    kind === 'incident'
      ? incidentSlug(date, await shortName(date, defaultIncidentName(title, people), true))
      : talkSlug(date, await shortName(date.slice(0, 4), defaultTalkName(title, event, date), false));
  const folder = path.join(dir, kind === 'incident' ? 'incidents' : 'talks');
  const target = path.join(folder, `${slug}.mdx`);
  for (const existing of [target, target.replace(/\.mdx$/, '.md')]) {
    if (fs.existsSync(existing)) throw new Error(`${path.relative(process.cwd(), existing)} already exists; nothing was written`);
  }
  const notDuplicateOf = kind === 'incident' ? await confirmNotDuplicate(dir, { slug, title, date, organizations: people }) : [];

  if (values.classes === undefined) console.log(`Failure classes: ${classIds.join(', ')}`);
  const failureClasses = list(
    await ask('Failure classes, comma-separated', values.classes, (v) => {
      if (!list(v).length) return 'name at least one failure class';
      const unknown = list(v).find((id) => !classIds.includes(id));
      return unknown ? `unknown failure class "${unknown}"${didYouMean(unknown, classIds)}` : undefined;
    }),
  );

  // The day the entry joins the collection: the home page's "Recently added" sorts by it.
  const added = new Date().toISOString().slice(0, 10);
  const answers = { title, date, organizations: people, failureClasses, notDuplicateOf, added };
  const text = asked === 'brief' ? briefFile(answers) : kind === 'incident' ? incidentFile(answers) : talkFile({ title, date, speakers: people, event, failureClasses, added });
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(target, text, { flag: 'wx' });
  console.log(`Wrote ${path.relative(process.cwd(), target)} (a draft: remove "draft: true" when every TODO is done).`);
  console.log(`You may rename it before it is merged; the name only has to start with the ${kind === 'incident' ? 'date' : 'year'}.`);
  console.log('Preview it with `npm run dev`, then run `npm run check`.');
}

main().then(
  () => {
    prompts.close();
    process.exit(0);
  },
  (error: Error) => {
    prompts.close();
    console.error(`npm run new: ${error.message}`);
    process.exit(1);
  },
);
