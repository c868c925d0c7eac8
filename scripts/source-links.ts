/**
 * `npm run source-links`: every source address the content cites — incidents' sources, talks'
 * links, failure classes' references, and their archived copies — written as one small Markdown
 * file per content file under .cache/source-links/, mirroring content/. The scheduled link check
 * (.github/workflows/links.yml) hands that folder to lychee, whose report then lists dead links
 * under the content file that cites them. Reads no network: `npm run check` and this stay offline.
 */
import fs from 'node:fs';
import path from 'node:path';
import { workDir } from '../lib/build-context';
import { contentDir } from '../lib/content';
import { loadCorpus } from '../lib/content/load';

type Cited = { title: string; url: string; archived?: string };

const root = contentDir();
const corpus = loadCorpus(root);
const out = workDir('source-links');
fs.rmSync(out, { recursive: true, force: true });

let files = 0;
let addresses = 0;
for (const entry of corpus.bySlug.values()) {
  const cited: Cited[] = entry.kind === 'incident' ? entry.sources : entry.kind === 'talk' ? (entry.links ?? []) : (entry.references ?? []);
  if (cited.length === 0) continue;
  const file = path.join(out, `${path.relative(root, entry.sourcePath)}.md`);
  const lines = cited.flatMap((c) => [`- [${c.title.replace(/[[\]]/g, '')}](<${c.url}>)`, ...(c.archived ? [`  - [archived copy](<${c.archived}>)`] : [])]);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  files++;
  addresses += lines.length;
}
console.log(`source links: ${addresses} addresses from ${files} content files in ${path.relative(process.cwd(), out)}/`);
