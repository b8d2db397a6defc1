import type { Metadata } from 'next'

import { sitePaths } from '@impulsregion/publishing'

import { MemberGrid } from '@/components/MemberGrid'
import { memberList } from '@/lib/content/members'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { type LangParams, routeLocale } from '@/lib/route'

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  const locale = await routeLocale(params)
  return pageMetadata({ locale, path: sitePaths.members, title: t(locale).members.title })
}

export default async function MembersPage({ params }: LangParams) {
  const locale = await routeLocale(params)
  const dictionary = t(locale)
  const { members, total } = await memberList(locale)
  return (
    <>
      <h1>{dictionary.members.title}</h1>
      <p className="lead">{dictionary.members.intro(total)}</p>
      <MemberGrid members={members} labels={dictionary.members} />
    </>
  )
}
