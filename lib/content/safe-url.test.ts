import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkUrl, normaliseUrl } from './safe-url';

test('allows https, http, mailto, site-relative and anchors', () => {
  for (const url of ['https://aws.amazon.com/message/41926/', 'http://example.org', 'mailto:editors@example.org', '/incidents/x/', '#root-cause', 'incidents/x/', '../x', '/search/?q=a:b']) {
    assert.deepEqual(checkUrl(url), { ok: true }, url);
  }
});

test('refuses script-bearing schemes however they are spelt', () => {
  const hostile = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'javascript&colon;alert(1)',
    '%6Aavascript:alert(1)',
    '%256Aavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/svg+xml;base64,PHN2Zz4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
  ];
  for (const url of hostile) assert.equal(checkUrl(url).ok, false, JSON.stringify(url));
});

test('normalises the way a browser reads a scheme', () => {
  assert.equal(normaliseUrl('Jav&#x09;A%53cript:x'), 'javascript:x');
});
