import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recentlyAdded } from './recent';

test('the newest additions come first, then the newer event on the same day, and entries without a day last', () => {
  const entries = [
    { slug: 'old-event-added-today', date: '2011-03-17', added: '2026-12-01' },
    { slug: 'never-dated', date: '2025-10-19' },
    { slug: 'new-event-added-today', date: '2023-07-25', added: '2026-12-01' },
    { slug: 'added-last-week', date: '2024-07-19', added: '2026-11-24' },
  ];
  assert.deepEqual(
    recentlyAdded(entries, 4).map((e) => e.slug),
    ['new-event-added-today', 'old-event-added-today', 'added-last-week', 'never-dated'],
  );
  assert.equal(recentlyAdded(entries, 2).length, 2);
});
