/** `npm run docs:fields`: rewrites the field reference in CONTRIBUTING.md from the schema. */
import fs from 'node:fs';
import { withFieldReference } from '../lib/content/field-reference';

const file = 'CONTRIBUTING.md';
fs.writeFileSync(file, withFieldReference(fs.readFileSync(file, 'utf8')));
console.log(`${file}: field reference regenerated`);
