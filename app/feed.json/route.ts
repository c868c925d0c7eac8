import { getCorpus } from '@/lib/content';
import { renderFeed } from '@/lib/outputs/feeds';
import { fileResponse } from '@/lib/outputs/respond';

export const dynamic = 'force-static';

export function GET() {
  return fileResponse(renderFeed(getCorpus(), 'json', { path: '/' }), 'application/feed+json');
}
