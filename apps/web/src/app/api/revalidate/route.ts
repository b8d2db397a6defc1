import { revalidateTag } from 'next/cache'

import { cacheTags, secretMatches, sharedSecret } from '@impulsregion/publishing'

import { forgetRedirects } from '@/lib/redirects'

/**
 * Called by the CMS after a change is committed: expires the named cache tags at once, so the next
 * request renders the new content (not stale-while-revalidate).
 */
export async function POST(request: Request) {
  const presented = request.headers.get('authorization')?.replace(/^Bearer\s+/i, '')
  if (!secretMatches(presented, sharedSecret('REVALIDATION_SECRET'))) {
    return Response.json({ error: 'Nicht berechtigt.' }, { status: 401 })
  }
  const body = (await request.json().catch(() => null)) as { tags?: unknown } | null
  const tags = Array.isArray(body?.tags) ? body.tags.filter((tag): tag is string => typeof tag === 'string' && tag.length > 0 && tag.length <= 256) : []
  if (!tags.length || tags.length > 100) {
    return Response.json({ error: 'Erwartet: { "tags": ["…"] } mit 1 bis 100 Einträgen.' }, { status: 400 })
  }
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  if (tags.includes(cacheTags.redirects) || tags.includes(cacheTags.all)) forgetRedirects()
  return Response.json({ revalidated: tags, now: Date.now() })
}
