/**
 * `npm run eval:search`: how well the site's searcher answers queries typed the way readers type
 * them — symptoms, causes, components, company and year, not title words — over the real content.
 * Each judged query (lib/search/judged-queries.json) lists the incidents a reader wants, judged
 * from the writeups. The queries run through the searcher the site uses (lib/search/query.ts, the
 * reference the sharded searcher equals), and the script prints success@5, MRR and nDCG@10, then
 * every query with no relevant incident in its first five results. Run it before and after a
 * ranking change, and record both.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../lib/content';
import { loadCorpus } from '../lib/content/load';
import { buildSearchIndex } from '../lib/search/build';
import { createSearcher } from '../lib/search/query';
import { ndcgAt, reciprocalRank, successAt } from '../lib/search/relevance';

type Judged = { query: string; relevant: string[]; note?: string };

const judged = JSON.parse(fs.readFileSync(path.join(__dirname, '../lib/search/judged-queries.json'), 'utf8')) as Judged[];
const corpus = loadCorpus(contentDir());
const known = new Set(corpus.incidents.map((i) => i.slug));
const unknown = judged.flatMap((j) => j.relevant.filter((slug) => !known.has(slug)).map((slug) => `"${j.query}": ${slug}`));
if (unknown.length > 0) {
  console.error(`judged incidents that are not in ${contentDir()}:\n  ${unknown.join('\n  ')}`);
  process.exit(1);
}

// The index as the browser gets it: serialised, then loaded.
const searcher = createSearcher(JSON.parse(JSON.stringify(buildSearchIndex(corpus))));
const idOf = (url: string) => /^\/incidents\/([^/]+)\/$/.exec(url)?.[1] ?? url;

const results = judged.map((j) => {
  const ranked = searcher.search(j.query, { limit: 10 }).map((r) => idOf(r.document.url));
  const relevant = new Set(j.relevant);
  return { ...j, ranked, success: successAt(5, ranked, relevant), rr: reciprocalRank(ranked, relevant), ndcg: ndcgAt(10, ranked, relevant) };
});
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

console.log(`search relevance over ${corpus.incidents.length} incidents, ${results.length} judged queries\n`);
console.log('| success@5 | MRR | nDCG@10 |\n|---|---|---|');
console.log(`| ${mean(results.map((r) => r.success)).toFixed(3)} | ${mean(results.map((r) => r.rr)).toFixed(3)} | ${mean(results.map((r) => r.ndcg)).toFixed(3)} |`);
const misses = results.filter((r) => r.success === 0);
console.log(`\n${misses.length} queries with no relevant incident in the first five:`);
for (const miss of misses) console.log(`- "${miss.query}": wanted ${miss.relevant.join(', ')}; got ${miss.ranked.slice(0, 3).join(', ') || 'nothing'}`);
