import assert from 'node:assert/strict';
import { test } from 'node:test';
import { likelyDuplicates, type ExistingIncident } from './duplicates';

const S3: ExistingIncident = {
  slug: '2017-02-28-aws-s3-us-east-1-capacity-removal',
  title: 'AWS S3 us-east-1: one mistyped input removes index capacity and S3 must cold-restart',
  date: '2017-02-28',
  organizations: ['Amazon Web Services'],
  sourcePath: 'content/incidents/2017-02-28-aws-s3-us-east-1-capacity-removal.mdx',
};
const FACEBOOK: ExistingIncident = {
  slug: '2021-10-04-facebook-backbone-outage',
  title: 'Facebook, Instagram and WhatsApp vanish from the internet after a backbone command',
  date: '2021-10-04',
  organizations: ['Meta (Facebook)'],
  sourcePath: 'content/incidents/2021-10-04-facebook-backbone-outage.mdx',
};
const reasons = (candidate: Parameters<typeof likelyDuplicates>[0]) =>
  likelyDuplicates(candidate, [S3, FACEBOOK]).map((d) => `${d.entry.slug}: ${d.reason}`);

test('the same organisation on the same date is a likely duplicate, however it is titled', () => {
  assert.deepEqual(
    reasons({ title: 'AWS S3 us-east-1: a mistyped command removes too much capacity', date: '2017-02-28', organizations: ['Amazon Web Services'] }),
    ['2017-02-28-aws-s3-us-east-1-capacity-removal: same organisation and date'],
  );
  assert.deepEqual(
    reasons({ title: 'Something else entirely happens', date: '2017-02-28', organizations: ['Other', 'amazon web  services'] }),
    ['2017-02-28-aws-s3-us-east-1-capacity-removal: same organisation and date'],
    'organisations compare by slug; any one in common counts',
  );
});

test('another organisation on that date, or that organisation on another date, is not', () => {
  assert.deepEqual(reasons({ title: 'Example Cloud loses a rack of storage', date: '2017-02-28', organizations: ['Example Cloud'] }), []);
  assert.deepEqual(reasons({ title: 'AWS EBS loses volumes in us-east-1', date: '2017-03-01', organizations: ['Amazon Web Services'] }), []);
});

test('a near-identical title is a likely duplicate on any date', () => {
  assert.deepEqual(
    reasons({ title: 'Facebook, Instagram and WhatsApp vanish from the Internet after a backbone command!', date: '2021-10-05', organizations: ['Meta'] }),
    ['2021-10-04-facebook-backbone-outage: near-identical title'],
  );
  assert.deepEqual(
    reasons({ title: 'Facebook, Instagram and WhatsApp vanish from the internet after one backbone command', date: '2021-10-05', organizations: ['Meta'] }),
    ['2021-10-04-facebook-backbone-outage: near-identical title'],
    'one word changed in twelve',
  );
  assert.deepEqual(reasons({ title: 'Facebook vanishes from the internet', date: '2021-10-05', organizations: ['Meta'] }), []);
});

test('titles compare without case or diacritics, in any script', () => {
  const kyoto: ExistingIncident = { ...FACEBOOK, slug: '2021-10-14-kyoto', title: '京都の通信障害', organizations: ['京都通信'] };
  const found = likelyDuplicates({ title: '京都の通信障害', date: '2022-01-01', organizations: ['大阪通信'] }, [kyoto, FACEBOOK]);
  assert.deepEqual(found.map((d) => d.reason), ['near-identical title']);
  const accented = { ...FACEBOOK, title: 'FACEBOOK, Instagram and WhatsApp vanish from the internét after a backbone command' };
  assert.equal(likelyDuplicates(accented, [FACEBOOK]).length, 0, 'the same slug is the entry itself');
  assert.equal(likelyDuplicates({ ...accented, slug: undefined }, [FACEBOOK])[0].reason, 'same organisation and date, near-identical title');
});

test('two titles without any words are not alike', () => {
  assert.deepEqual(likelyDuplicates({ title: '!!!', date: '2000-01-01', organizations: ['A'] }, [{ ...S3, title: '???' }]), []);
});
