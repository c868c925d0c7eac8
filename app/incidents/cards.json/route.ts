import { getCorpus } from '@/lib/content';
import { incidentCard } from '@/lib/content/cards';
import { fileResponse } from '@/lib/outputs/respond';

export const dynamic = 'force-static';

/** Every incident as the list shows it, for narrowing in the browser; fetched only when a reader filters. */
export function GET() {
  const corpus = getCorpus();
  return fileResponse(JSON.stringify(corpus.incidents.map((i) => incidentCard(corpus, i))), 'application/json');
}
