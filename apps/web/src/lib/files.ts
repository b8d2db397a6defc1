import { cmsUrl } from './cmsUrl'

/** Where the site serves the CMS's uploads, so visitors only ever talk to the site's own host. */
const PUBLIC_PATHS = { media: '/media/', documents: '/dokumente/' } as const
type UploadCollection = keyof typeof PUBLIC_PATHS

/** "/api/media/file/x.png" (as the CMS reports it) → "/media/x.png" on the site. */
export function publicFileUrl(cmsFileUrl: string | null | undefined): string | undefined {
  if (!cmsFileUrl) return undefined
  const match = cmsFileUrl.match(/^(?:https?:\/\/[^/]+)?\/api\/(media|documents)\/file\/(.+)$/)
  return match ? `${PUBLIC_PATHS[match[1] as UploadCollection]}${match[2]}` : undefined
}

/** Streams one upload from the CMS; only plain file names, never a path outside the collection. */
export async function streamUpload(collection: UploadCollection, segments: string[]): Promise<Response> {
  if (segments.length !== 1 || !/^[\w.\-() ]+$/.test(segments[0]!) || segments[0]!.startsWith('.')) {
    return new Response('Nicht gefunden', { status: 404 })
  }
  const upstream = await fetch(`${cmsUrl}/api/${collection}/file/${encodeURIComponent(segments[0]!)}`).catch(() => null)
  if (!upstream?.ok || !upstream.body) return new Response('Nicht gefunden', { status: upstream?.status === 404 ? 404 : 502 })
  const headers = new Headers({ 'cache-control': 'public, max-age=3600, stale-while-revalidate=86400', 'x-content-type-options': 'nosniff' })
  for (const name of ['content-type', 'content-length', 'etag', 'last-modified']) {
    const value = upstream.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new Response(upstream.body, { status: 200, headers })
}
