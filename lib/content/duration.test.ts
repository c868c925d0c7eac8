import assert from 'node:assert/strict';
import { test } from 'node:test';
import { durationMinutes, formatDuration, formatZoned } from './duration';

test('derives the duration from started and resolved, across offsets', () => {
  assert.equal(durationMinutes('2011-03-17T19:28:00-07:00', '2011-03-17T21:56:00-07:00'), 148);
  assert.equal(durationMinutes('2017-02-28T09:37:00-08:00', '2017-02-28T21:54:00Z'), 257);
});

test('no duration unless both ends are known', () => {
  assert.equal(durationMinutes(undefined, '2011-03-17T21:56:00-07:00'), undefined);
  assert.equal(durationMinutes('2011-03-17T19:28:00-07:00', undefined), undefined);
});

test('formats minutes as a reader says them', () => {
  assert.equal(formatDuration(148), '2 h 28 min');
  assert.equal(formatDuration(43), '43 min');
  assert.equal(formatDuration(120), '2 h');
  assert.equal(formatDuration(73 * 60), '3 d 1 h');
  assert.equal(formatDuration(1451), '1 d 11 min');
});

test('shows a time in the zone the source gave', () => {
  assert.equal(formatZoned('2011-03-17T19:28:00-07:00'), '2011-03-17 19:28 UTC−07:00');
  assert.equal(formatZoned('2021-10-04T15:39:00Z'), '2021-10-04 15:39 UTC');
  assert.equal(formatZoned('2016-06-05T15:25:00+10:00'), '2016-06-05 15:25 UTC+10:00');
});
