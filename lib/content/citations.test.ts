import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inspectBody } from './body-rules';

const inspect = (body: string, format: 'md' | 'mdx' = 'mdx') => inspectBody({ sourcePath: 'x.mdx', format, body });

test('citations are read with their locators, in .md and .mdx alike, at their place', () => {
  for (const format of ['md', 'mdx'] as const) {
    const { citations, problems } = inspect('One [@aws-summary].\n\nTwo, on a\nsecond line [@sec-order, ¶17; @aws-summary, p. 4].\n', format);
    assert.deepEqual(problems, []);
    assert.deepEqual(citations, [
      { id: 'aws-summary', line: 1, column: 5 },
      { id: 'sec-order', line: 4, column: 13 },
      { id: 'aws-summary', line: 4, column: 13 },
    ]);
  }
});

test('text that looks like a citation but is not one is reported, and code is left alone', () => {
  const { citations, problems } = inspect('Bad [@ AWS] and [@Aws] here.\n\n`[@in-code]`\n\n```\n[@in-block]\n```\n');
  assert.deepEqual(citations, []);
  assert.deepEqual(problems.map((p) => [p.rule, p.line, p.message.slice(0, 30)]), [['citation', 1, '"[@ AWS]" is not a citation: w']]);
});

test('statements that must cite: timeline events and items, paragraphs and items under Root cause and Impact', () => {
  const body = [
    '## Timeline', '', '<Timeline>', '<Event time="10:00">Cited [@a].</Event>', '<Event time="11:00">Not cited.</Event>', '</Timeline>', '',
    '## Root cause', '', 'Cited [@a].', '', '<Callout kind="note">A one-line callout is not a statement.</Callout>', '',
    '## Impact', '', '- Item [@a].', '- Item without.', '',
    '## Lessons', '', 'Our own view, no citation needed.', '',
  ].join('\n');
  const claims = inspect(body).claims.map((c) => `${c.section}:${c.line} ${c.what} ${c.cited ? 'cited' : 'uncited'}`);
  assert.deepEqual(claims, [
    'Timeline:4 timeline event cited',
    'Timeline:5 timeline event uncited',
    'Root cause:10 paragraph cited',
    'Impact:16 list item cited',
    'Impact:17 list item uncited',
  ]);
});
