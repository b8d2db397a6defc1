import type { Metadata } from 'next'

import { MemberGrid } from '@/components/MemberGrid'
import { MemberListDocument } from '@/graphql/generated'
import { cmsQuery } from '@/lib/cms'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { type LangParams, routeLocale } from '@/lib/route'

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  const locale = await routeLocale(params)
  return pageMetadata({ locale, path: '/mitglieder', title: t(locale).members.title })
}

export default async function MembersPage({ params }: LangParams) {
  const locale = await routeLocale(params)
  const dictionary = t(locale)
  const data = await cmsQuery(MemberListDocument, { locale })
  return (
    <>
      <h1>{dictionary.members.title}</h1>
      <p className="lead">{dictionary.members.intro(data.Members?.totalDocs ?? 0)}</p>
      <MemberGrid members={data.Members?.docs ?? []} labels={dictionary.members} />
    </>
  )
}
