/**
 * The vocabulary of equivalents (vocabulary.ts) as a reader meets it: an abbreviation finds the
 * word written out, a phrase typed finds its one-word equivalent, an equivalent phrase counts only
 * when all its words match, and the file keeps the rules it states.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isStopWord, stem, tokenize } from './lunr';
import { sortedDictionary } from './query';
import { coordination, parseQuery, planQuery } from './terms';
import { EQUIVALENTS } from './vocabulary';

const index = ['certificate', 'dns', 'name', 'resolution', 'domain', 'system', 'kubernetes', 'outage', 'downtime', 'expiry'].map(stem).sort();
const dictionary = sortedDictionary(index);
const plan = (text: string) => planQuery(parseQuery(text).needs, dictionary);
/** The slot bits that a document containing these words fills. */
const filling = (p: ReturnType<typeof plan>, words: string[]) => words.map(stem).reduce((bits, t) => bits | (p.slots.get(t) ?? 0), 0);

test('an abbreviation asks for the word written out, as one need', () => {
  const p = plan('k8s outage');
  assert.equal(p.needs.length, 2);
  assert.equal(coordination(p, filling(p, ['kubernetes', 'downtime'])), 2, 'kubernetes and downtime meet both needs');
  assert.deepEqual(new Set(p.clauses.map(([term]) => term)).has(stem('kubernetes')), true);
});

test('a phrase the reader types is one need, met by its one-word equivalent or by all its words', () => {
  const p = plan('name resolution');
  assert.equal(p.needs.length, 1);
  assert.equal(coordination(p, filling(p, ['dns'])), 1);
  assert.equal(coordination(p, filling(p, ['name', 'resolution'])), 1);
  assert.equal(coordination(p, filling(p, ['name'])), 0, 'half a phrase is not the phrase');
});

test('an equivalent phrase counts only when a document has all its words', () => {
  const p = plan('dns');
  assert.equal(coordination(p, filling(p, ['name', 'resolution'])), 1);
  assert.equal(coordination(p, filling(p, ['domain', 'name', 'system'])), 1);
  assert.equal(coordination(p, filling(p, ['name'])), 0);
  assert.equal(coordination(p, filling(p, ['domain', 'system'])), 0);
});

test('words typed outrank their equivalents', () => {
  const boosts = new Map(plan('cert').clauses);
  assert.equal(boosts.size, 1, 'cert is not in the index; certificate is');
  const typed = new Map(plan('certificate').clauses);
  assert.ok(typed.get(stem('certificate'))! > boosts.get(stem('certificate'))!);
});

test('the vocabulary keeps its own rules: every member searchable, no member in two groups', () => {
  const seen = new Map<string, number>();
  EQUIVALENTS.forEach((group, i) => {
    assert.ok(group.length >= 2, `group ${i} has one member`);
    for (const member of group) {
      const words = tokenize(member).filter((w) => !isStopWord(w));
      assert.ok(words.length > 0, `"${member}" is only stop words`);
      const key = words.map(stem).join(' ');
      assert.ok(!seen.has(key), `"${member}" is in groups ${seen.get(key)} and ${i}`);
      seen.set(key, i);
    }
  });
});
