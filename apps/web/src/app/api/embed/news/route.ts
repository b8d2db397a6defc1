import { isLocale } from '@impulsregion/publishing'

import { EMBED_LIMITS, type EmbedNewsResponse } from '@/embed/contract'
import { embedMember, embedNews } from '@/lib/content/embed'
import type { Locale } from '@/lib/format'

export const dynamic = 'force-dynamic'

/**
 * Any page may embed the news (docs/partner-api.md), so any origin may read this answer; it carries
 * no cookies and asks for none. Browsers and CDNs keep it for a minute (the news list's own cache
 * is expired by publishing, see lib/cms.ts).
 */
const openToEveryOrigin = { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin' }

const answer = (body: EmbedNewsResponse, status: number) =>
  Response.json(body, {
    status,
    headers: { ...openToEveryOrigin, 'cache-control': status === 200 ? 'public, max-age=60, stale-while-revalidate=300' : 'no-store' },
  })

const messages = {
  de: {
    limit: `„limit“ muss eine ganze Zahl von 1 bis ${EMBED_LIMITS.maxItems} sein.`,
    member: (given: string, known: string[]) => `Unbekanntes Mitglied „${given}“. Möglich sind: ${known.join(', ')}.`,
    unavailable: 'Die Meldungen können gerade nicht geladen werden. Bitte versuchen Sie es später erneut.',
  },
  en: {
    limit: `“limit” must be a whole number from 1 to ${EMBED_LIMITS.maxItems}.`,
    member: (given: string, known: string[]) => `Unknown member “${given}”. Possible values: ${known.join(', ')}.`,
    unavailable: 'The news cannot be loaded right now. Please try again later.',
  },
} as const

/** GET /api/embed/news?limit=5&lang=de&member=Jena – the latest published news for `<impulsregion-news>`. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const lang = params.get('lang') ?? 'de'
  if (!isLocale(lang)) return answer({ error: '„lang“ muss „de“ oder „en“ sein. / “lang” must be “de” or “en”.' }, 400)
  const locale: Locale = lang
  const text = messages[locale]

  const limitParam = params.get('limit') ?? String(EMBED_LIMITS.defaultItems)
  const limit = /^\d{1,3}$/.test(limitParam) ? Number(limitParam) : NaN
  if (!(limit >= 1 && limit <= EMBED_LIMITS.maxItems)) return answer({ error: text.limit }, 400)

  try {
    const member = params.get('member')?.trim()
    let memberId: number | undefined
    if (member) {
      const found = await embedMember(member)
      if ('known' in found) return answer({ error: text.member(member, found.known) }, 400)
      memberId = found.id
    }
    return answer({ locale, ...(await embedNews(locale, limit, memberId)) }, 200)
  } catch (error) {
    console.error('Embed news could not be loaded from the CMS:', error)
    return answer({ error: text.unavailable }, 503)
  }
}
