import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultIncidentName, defaultTalkName, incidentSlug, organizationShortForm, shortNameProblem, talkSlug } from './scaffold';

const incidentFileName = (title: string, date: string, organizations: string[]) =>
  `${incidentSlug(date, defaultIncidentName(title, organizations)!)}.mdx`;

test('an incident file is named by its date, the organisation once and a few words of the title', () => {
  assert.equal(
    incidentFileName('Google User ID Service: a storage quota of zero stops sign-in', '2020-12-14', ['Google']),
    '2020-12-14-google-user-id-service-storage.mdx',
  );
  assert.equal(
    incidentFileName(`Cloudflare's "1.1.1.1" resolver goes offline`, '2024-07-14', ['Cloudflare']),
    '2024-07-14-cloudflare-1-1-1-1-resolver-goes-offline.mdx',
  );
  assert.equal(
    incidentFileName('AWS S3 us-east-1: a mistyped command removes too much capacity', '2017-02-28', ['Amazon Web Services']),
    '2017-02-28-aws-s3-us-east-1-mistyped-command.mdx',
  );
});

test('the title words leave out every organisation named, in full or short', () => {
  assert.equal(defaultIncidentName('Slack’s AWS Transit Gateway fails to scale', ['Slack', 'Amazon Web Services']), 'slack-transit-gateway-fails-scale');
  assert.equal(defaultIncidentName('Amazon S3 loses its index', ['Amazon Web Services']), 'aws-s3-loses-index');
  assert.equal(defaultIncidentName('Example: a router fails quietly', ['Example Cloud']), 'example-cloud-router-fails-quietly');
});

test('an organisation is shortened to initials from three words on', () => {
  assert.equal(organizationShortForm('Amazon Web Services'), 'aws');
  assert.equal(organizationShortForm('Google'), 'google');
  assert.equal(organizationShortForm('Meta (Facebook)'), 'meta');
  assert.equal(organizationShortForm('Amazon Web Services (AWS)'), 'aws');
  assert.equal(organizationShortForm('Société Générale'), 'societe-generale');
});

test('no name is suggested when the title has no Latin words', () => {
  assert.equal(defaultIncidentName('大規模な通信障害', ['株式会社テスト']), undefined);
  assert.equal(defaultIncidentName('大規模な通信障害', ['Example Cloud']), undefined);
  assert.equal(defaultIncidentName('DNS の障害', ['株式会社テスト']), 'dns');
  assert.equal(defaultTalkName('システムはどう壊れるか', '会議 2019', '2019-05-01'), undefined);
});

test('a talk file is named by its year, the event without the year and a few words of the title', () => {
  assert.equal(`${talkSlug('2012-06-26', defaultTalkName('How complex systems fail', 'Velocity 2012', '2012-06-26')!)}.mdx`, '2012-velocity-how-complex-systems-fail.mdx');
  assert.equal(defaultTalkName("The Velocity of an SRE's pager: what breaks at night", 'Velocity 2012', '2012-06-26'), 'velocity-sre-pager-what-breaks');
});

test('a short name is lower-case a-z, 0-9 and single hyphens', () => {
  assert.equal(shortNameProblem('aws-s3-capacity-removal'), undefined);
  for (const bad of ['AWS-S3', 'aws--s3', '-aws', 'aws s3', 'aws_s3', '']) {
    assert.match(shortNameProblem(bad) ?? '', /lower-case a-z, 0-9 and single hyphens/, bad);
  }
});
