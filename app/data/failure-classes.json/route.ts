import { getCorpus } from '@/lib/content';
import { failureClassesJson } from '@/lib/outputs/dataset';
import { fileResponse } from '@/lib/outputs/respond';

export const dynamic = 'force-static';

export function GET() {
  return fileResponse(failureClassesJson(getCorpus()), 'application/json');
}
