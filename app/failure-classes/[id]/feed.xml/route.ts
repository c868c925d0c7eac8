import { getCorpus } from '@/lib/content';
import { renderFeed } from '@/lib/outputs/feeds';
import { fileResponse } from '@/lib/outputs/respond';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getCorpus().failureClasses.map((c) => ({ id: c.id }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return fileResponse(renderFeed(getCorpus(), 'rss', { classId: id, path: `/failure-classes/${id}/` }), 'application/rss+xml');
}
