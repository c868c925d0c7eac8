import { getCorpus } from '@/lib/content';
import { incidentsCsv } from '@/lib/outputs/dataset';
import { fileResponse } from '@/lib/outputs/respond';

export const dynamic = 'force-static';

export function GET() {
  return fileResponse(incidentsCsv(getCorpus()), 'text/csv');
}
