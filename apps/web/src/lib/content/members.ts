import { MemberListDocument } from '@/graphql/generated'

import { cmsQuery } from '../cms'
import type { Locale } from '../format'

/** The association's members for the members page. */
export async function memberList(locale: Locale) {
  const data = await cmsQuery(MemberListDocument, { locale })
  return { members: data.Members?.docs ?? [], total: data.Members?.totalDocs ?? 0, site: data.Site }
}
