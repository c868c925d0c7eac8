import { getCorpus } from '@/lib/content';
import { incidentsJson } from '@/lib/outputs/dataset';
import { fileResponse } from '@/lib/outputs/respond';

export const dynamic = 'force-static';

export function GET() {
  return fileResponse(incidentsJson(getCorpus()), 'application/json');
}
