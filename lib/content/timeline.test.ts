import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventInstant, timelineMetrics, zoneOffset } from './timeline';

test('zones: the names sources use, and explicit UTC offsets; nothing else is guessed', () => {
  assert.equal(zoneOffset('PST'), '-08:00');
  assert.equal(zoneOffset('pdt'), '-07:00');
  assert.equal(zoneOffset('UTC+10'), '+10:00');
  assert.equal(zoneOffset('UTC-0530'), '-05:30');
  assert.equal(zoneOffset('IST'), undefined, 'India, Ireland or Israel: ambiguous');
  assert.equal(eventInstant({ time: '9:37', zone: 'PST', date: '2017-02-28' }), '2017-02-28T09:37:00-08:00');
  assert.equal(eventInstant({ time: '09:37', zone: 'PST' }), undefined, 'no date, no instant');
});

test('time to detect, mitigate and resolve, only where both ends are explicit', () => {
  const metrics = timelineMetrics([
    { time: '09:47', zone: 'UTC', date: '2021-06-08', kind: 'start' },
    { time: '09:48', zone: 'UTC', date: '2021-06-08', kind: 'detected' },
    { time: '12:35', zone: 'UTC', date: '2021-06-08', kind: 'mitigated' },
    { time: '23:59', zone: 'UTC', kind: 'resolved' },
  ]);
  assert.deepEqual(
    [metrics.minutesToDetect, metrics.minutesToMitigate, metrics.minutesToResolve],
    [1, 168, undefined],
  );
  // Across midnight and zones: 23:30 PST is 07:30 UTC the next day.
  const overnight = timelineMetrics([
    { time: '23:30', zone: 'PST', date: '2020-01-01', kind: 'start' },
    { time: '08:00', zone: 'UTC', date: '2020-01-02', kind: 'resolved' },
  ]);
  assert.equal(overnight.minutesToResolve, 30);
});
