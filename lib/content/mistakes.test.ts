/**
 * The mistakes a new contributor makes, one fixture each (lib/content/__fixtures__/mistakes/), and
 * one file with many at once: every one is reported in a single run, with its rule and line, and
 * one mistake gets one message.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { validateContent } from './validate';

const DIR = path.relative(process.cwd(), path.join(__dirname, '__fixtures__/mistakes'));

/** file (under incidents/), line, rule, and what the message must say. */
const EXPECTED: [string, number, string, RegExp][] = [
  ['2020-01-01-example-unclosed-fence.mdx', 18, 'code-fence', /code fence is never closed, so everything after it is shown as code/],
  ['2020-01-02-example-callout-in-text.mdx', 16, 'mdx-component', /<Callout> is a block: put it on lines of its own/],
  ['2020-01-03-example-warning-component.mdx', 16, 'mdx-component', /<Warning> is not allowed \(write <Callout kind="warning"> instead\)/],
  ['2020-01-04-example-no-sources.mdx', 14, 'section', /^missing section "## Sources"; an incident has/],
  ['2020-02-01-example-todo-left.mdx', 6, 'placeholder', /^"summary" still holds a "TODO:" placeholder/],
  ['2020-02-01-example-todo-left.mdx', 12, 'placeholder', /^"sources\[1\]" still holds/],
  ['2020-02-01-example-todo-left.mdx', 20, 'placeholder', /^the body still holds/],
  // Many at once: front matter, references, body rules and links are all reported together.
  ['2020-03-01-example-many-mistakes.mdx', 2, 'unknown-field', /unknown field "titel" \(did you mean "title"\?\)/],
  ['2020-03-01-example-many-mistakes.mdx', 5, 'unknown-failure-class', /"gray-failur" \(did you mean "gray-failure"\?\)/],
  ['2020-03-01-example-many-mistakes.mdx', 6, 'invalid-field', /"summary" must be at least 40 characters/],
  ['2020-03-01-example-many-mistakes.mdx', 10, 'invalid-value', /"sources.0.kind" must be one of postmortem/],
  ['2020-03-01-example-many-mistakes.mdx', 11, 'related', /no incident, talk or failure class "2020-01-01-no-such-incident"/],
  ['2020-03-01-example-many-mistakes.mdx', 12, 'invalid-field', /"draft" must be true or false/],
  ['2020-03-01-example-many-mistakes.mdx', 15, 'section', /^missing section "## Lessons"/],
  ['2020-03-01-example-many-mistakes.mdx', 17, 'mdx-component', /<Warning> is not allowed \(write <Callout kind="warning"> instead\)/],
  ['2020-03-01-example-many-mistakes.mdx', 21, 'internal-link', /no page at \/incidents\/2019-01-01-not-here\//],
  ['2020-03-01-example-many-mistakes.mdx', 21, 'url-scheme', /"javascript:" scheme is not allowed/],
  ['2020-03-01-example-many-mistakes.mdx', 23, 'mdx-component', /<Callout> is a block/],
  ['2020-03-01-example-many-mistakes.mdx', 31, 'internal-link', /no heading #lesons in this file/],
  ['2020-03-01-example-many-mistakes.mdx', 45, 'code-fence', /never closed/],
  // A YAML error does not hide the body's problems.
  ['2020-03-02-example-yaml-error.mdx', 2, 'yaml', /Missing closing "quote/],
  ['2020-03-02-example-yaml-error.mdx', 7, 'section', /^missing sections "## Timeline", "## Root cause"/],
  ['2020-03-02-example-yaml-error.mdx', 9, 'mdx-component', /<script> is not allowed/],
  ['2020-03-02-example-yaml-error.mdx', 11, 'internal-link', /no page at \/incidents\/2019-01-01-not-here\//],
  // Where the body truly cannot be found, the message says it was not checked.
  ['2020-03-03-example-unclosed-front-matter.mdx', 1, 'front-matter-unclosed', /no closing "---" line; the body is not checked until the front matter parses/],
  // Citations: an unknown id, a malformed one, uncited sources, statements that cite nothing.
  ['2020-05-01-example-citations.mdx', 12, 'uncited-source', /^"news" is never cited: cite it as \[@news\]/],
  ['2020-05-01-example-citations.mdx', 16, 'uncited-source', /^"A source without an id" has no id: give it one/],
  ['2020-05-01-example-citations.mdx', 23, 'citation', /^no source "postmortm" in "sources" \(did you mean "postmortem"\?\); this file's sources are @postmortem, @news$/],
  ['2020-05-01-example-citations.mdx', 29, 'needs-citation', /^this timeline event under "Timeline" cites no source/],
  ['2020-05-01-example-citations.mdx', 36, 'needs-citation', /^this paragraph under "Root cause" cites no source/],
  ['2020-05-01-example-citations.mdx', 40, 'citation', /^"\[@ Postmortem\]" is not a citation: write \[@source-id\]/],
  // A file that cites nothing: every rule is an error, as for any other file.
  ['2020-05-02-example-cites-nothing.mdx', 8, 'uncited-source', /^"Example Cloud postmortem" has no id: give it one/],
  ['2020-05-02-example-cites-nothing.mdx', 19, 'needs-citation', /^this list item under "Timeline" cites no source/],
  ['2020-05-02-example-cites-nothing.mdx', 23, 'needs-citation', /^this paragraph under "Root cause" cites no source/],
  ['2020-05-02-example-cites-nothing.mdx', 27, 'needs-citation', /^this paragraph under "Impact" cites no source/],
  // A brief: 60–250 words, resting on the organisation's own account.
  ['2020-07-01-example-brief-from-the-news.mdx', 7, 'brief', /^a brief has 60–250 words and this one has 11$/],
  ['2020-07-01-example-brief-from-the-news.mdx', 7, 'brief', /^a brief cites the organisation's own account: list it in "sources" with kind postmortem or status-page/],
  // A structured timeline: each moment once, in order, placed in time, agreeing with the front matter.
  ['2020-06-01-example-timeline.mdx', 8, 'timeline', /^"resolved" is 2020-06-01T12:00:00Z but the timeline's "resolved" event is 2020-06-01T12:30:00\+00:00; they must agree$/],
  ['2020-06-01-example-timeline.mdx', 24, 'timeline', /^the "detected" event \(2020-06-01T09:00:00\+00:00\) comes before the "start" event/],
  ['2020-06-01-example-timeline.mdx', 25, 'timeline', /^a "mitigated" event needs a date and a zone with a known offset/],
  ['2020-06-01-example-timeline.mdx', 27, 'timeline', /^a timeline marks one "start" event; the first is on line 23$/],
  ['2020-12-14-example-day-first.mdx', 3, 'invalid-field', /^"date" must be a date written YYYY-MM-DD$/],
  ['2021-10-14.mdx', 3, 'slug-date', /the file name needs a short name after the date/],
  ['2999-01-01-example-future.mdx', 3, 'invalid-field', /^"date" is in the future \(today is \d{4}-\d{2}-\d{2}\)$/],
];

test('every mistake in the fixtures is reported in one run, at its line, once', async () => {
  const { problems } = await validateContent(DIR);
  const found = problems.map((p) => `${path.basename(p.file)}:${p.line} ${p.rule}`).sort();
  const expected = EXPECTED.map(([file, line, rule]) => `${file}:${line} ${rule}`).sort();
  assert.deepEqual(found, expected);
  for (const [file, line, rule, message] of EXPECTED) {
    const atPlace = problems.filter((p) => p.file === path.join(DIR, 'incidents', file) && p.line === line && p.rule === rule);
    assert.ok(atPlace.some((p) => message.test(p.message)), `${file}:${line} ${rule}: ${atPlace.map((p) => p.message).join(' | ')}`);
  }
});

test('citations are never a warning: whatever a file lacks is an error', async () => {
  const { warnings } = await validateContent(DIR);
  assert.deepEqual(warnings.filter((w) => w.rule !== 'likely-duplicate'), []);
});

test('a likely duplicate is a warning at the title, naming the other file; notDuplicateOf silences it', async () => {
  const warnings = (await validateContent(DIR)).warnings.filter((w) => w.rule === 'likely-duplicate');
  const found = warnings.map((w) => `${path.basename(w.file)}:${w.line} ${w.rule}`).sort();
  assert.deepEqual(found, ['2020-04-01-example-storage-outage.mdx:2 likely-duplicate', '2020-04-01-example-storage-read-only.mdx:2 likely-duplicate']);
  assert.match(warnings[0].message, /^may be the incident already written up in .*2020-04-01-example-storage-read-only\.mdx \(same organisation and date, near-identical title\); if it is another one, add notDuplicateOf: \[2020-04-01-example-storage-read-only\]$/);
});
