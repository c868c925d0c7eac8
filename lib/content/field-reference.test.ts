import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fieldReference, withFieldReference } from './field-reference';
import { COLLECTIONS } from './schema';

test('CONTRIBUTING.md carries the field reference of the current schema (npm run docs:fields)', () => {
  const document = fs.readFileSync(path.join(__dirname, '../../CONTRIBUTING.md'), 'utf8');
  assert.equal(document, withFieldReference(document));
});

test('every field of every type is documented, with a description', () => {
  const reference = fieldReference();
  for (const schema of Object.values(COLLECTIONS)) {
    for (const [name, field] of Object.entries(schema.shape)) {
      assert.ok(reference.includes(`| \`${name}\` |`), name);
      assert.ok((field as { description?: string }).description, `${name} has a description`);
    }
  }
});
