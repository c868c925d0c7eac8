/** `npm run generate -- --docs 1000 --out .cache/corpus-1000 [--seed 42]`: writes a generated corpus. */
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus-generator';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '42' } } });
const count = Number(values.docs);
const out = values.out ?? `.cache/corpus-${count}`;
generateCorpus(out, { count, seed: Number(values.seed) });
console.log(`generated ${count} incidents in ${out} (seed ${values.seed}); build it with CONTENT_DIR=${out} npm run build`);
