import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ALLOWED_COMPONENTS } from '../../lib/content/mdx-allow-list';
import { incidentFrontMatter, talkFrontMatter } from '../../lib/content/schema';
import { templateEntry, TEMPLATE_DIR } from './templates';
import { validateContent } from '../../lib/content/validate';

/** Front-matter fields no page shows: bookkeeping for the check, the build and the home page. */
const NOT_ON_THE_PAGE = new Set(['draft', 'notDuplicateOf', 'added']);

function optionalFields(schema: typeof incidentFrontMatter | typeof talkFrontMatter): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => field.safeParse(undefined).success)
    .map(([name]) => name)
    .filter((name) => !NOT_ON_THE_PAGE.has(name));
}

test('the page templates are valid entries, checked like content', async () => {
  const { problems } = await validateContent(TEMPLATE_DIR);
  assert.deepEqual(problems, []);
});

// The shell's byte-for-byte check covers what the template uses; a field or component it lacks is
// a way for a real page to differ from Next's rendering unnoticed (app/_render/detail-renderer.ts).
test('the incident template sets every optional field a page shows', () => {
  const incident = templateEntry('incident') as unknown as Record<string, unknown>;
  // A brief differs only inside <article>, by BriefNote: the template is a writeup, with every section.
  const missing = optionalFields(incidentFrontMatter).filter((name) => name !== 'depth' && incident[name] === undefined);
  assert.deepEqual(missing, []);
});

test('the talk template sets every optional field a page shows', () => {
  const talk = templateEntry('talk') as unknown as Record<string, unknown>;
  assert.deepEqual(optionalFields(talkFrontMatter).filter((name) => talk[name] === undefined), []);
});

test('the templates use every component a body may use', () => {
  const bodies = templateEntry('incident').body + templateEntry('talk').body;
  const unused = Object.keys(ALLOWED_COMPONENTS).filter((name) => !new RegExp(`<${name}[\\s/>]`).test(bodies));
  assert.deepEqual(unused, []);
});
