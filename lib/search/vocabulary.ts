/**
 * The words readers use: groups of words and phrases that mean the same thing to someone searching
 * incident reports. Applied at query time only (lib/search/terms.ts): a query word or phrase found
 * here also asks for the rest of its group, at a lower boost than the words typed, and a document
 * matching any member counts as matching that part of the query. The index is untouched, so a
 * change here needs no rebuild of content, only of the search code.
 *
 * Rules for a group, so that this file stays reviewable:
 * - members are interchangeable in an incident report, not merely related ("disk" and "storage"
 *   are not; "db" and "database" are);
 * - an abbreviation joins its expansion only when incident reports use both (k8s, kubernetes);
 * - phrases are matched when a reader types them as adjacent words; a phrase added to a query
 *   counts only when a document has all of its words;
 * - no member in two groups.
 *
 * Failure-class names are the other half of the vocabulary and live with their classes: each
 * class file's `aliases` (content/failure-classes/) are indexed with every incident of the class,
 * so "thundering herd" finds every metastable failure and "split brain" every failover failure.
 */
export const EQUIVALENTS: readonly (readonly string[])[] = [
  ['cert', 'certificate'],
  ['tls', 'ssl'],
  ['db', 'database'],
  ['postgres', 'postgresql'],
  ['k8s', 'kubernetes'],
  ['outage', 'downtime', 'disruption', 'service interruption'],
  ['dns', 'name resolution', 'domain name system'],
  ['deploy', 'rollout', 'roll out', 'push'],
  ['rollback', 'roll back', 'revert'],
  ['config', 'configuration'],
  ['misconfiguration', 'bad config', 'wrong configuration'],
  ['int', 'integer'],
  ['ddos', 'denial of service'],
  ['lb', 'load balancer'],
  ['az', 'availability zone'],
  ['dc', 'datacenter', 'data center', 'data centre'],
  ['vm', 'virtual machine'],
  ['auth', 'authentication'],
  ['2fa', 'mfa', 'two factor', 'multi factor'],
  ['login', 'log in', 'sign in', 'signin'],
  ['creds', 'credentials'],
  ['oom', 'out of memory'],
  ['ram', 'memory'],
  ['cpu', 'processor'],
  ['failover', 'fail over', 'switchover'],
  ['power cut', 'power outage', 'power failure', 'blackout'],
  ['fiber', 'fibre'],
  ['healthcheck', 'health check'],
  ['feature flag', 'feature toggle'],
  ['throttling', 'rate limiting'],
  ['slow', 'latency'],
  ['hdd', 'hard drive', 'hard disk'],
  ['cdn', 'content delivery network'],
  ['bgp', 'border gateway protocol'],
];
