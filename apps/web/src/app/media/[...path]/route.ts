import { streamUpload } from '@/lib/files'

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return streamUpload('media', (await params).path)
}
