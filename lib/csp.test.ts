import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from './csp';

test('the policy allows no inline script but a hashed one, no eval, no plugin, no <base>', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
  assert.deepEqual(directives.get('script-src')?.filter((s) => !s.startsWith("'sha256-")), ["'self'"]);
  assert.ok(!CONTENT_SECURITY_POLICY.includes('unsafe-'));
  assert.deepEqual(directives.get('object-src'), ["'none'"]);
  assert.deepEqual(directives.get('base-uri'), ["'none'"]);
  assert.ok(!directives.has('frame-ancestors'), 'a meta tag cannot carry frame-ancestors');
});

test("the README's header is the policy the pages carry, with frame-ancestors", () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
  assert.ok(readme.includes(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY_HEADER}\n`));
  assert.ok(CONTENT_SECURITY_POLICY_HEADER.endsWith("; frame-ancestors 'none'"));
});
