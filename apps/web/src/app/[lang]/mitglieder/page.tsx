import type { Metadata } from 'next'

import { documentPath, sitePaths } from '@impulsregion/publishing'

import { ArticleLayout, AsideSection, FactList } from '@/components/ArticleLayout'
import { MemberGrid } from '@/components/MemberGrid'
import { hasOffice, OfficeContact } from '@/components/OfficeContact'
import { SiteLink } from '@/components/SiteLink'
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
  const { members, total, site } = await memberList(locale)
  const kinds = ['publicAuthority', 'company', 'association'] as const
  const header = (
    <>
      <h1>{dictionary.members.title}</h1>
      <p className="lead">{dictionary.members.intro(total)}</p>
    </>
  )
  const aside = (
    <>
      <AsideSection heading={dictionary.aside.facts} id="fakten">
        <FactList facts={kinds.map((kind) => ({ term: dictionary.members.kinds[kind], value: members.filter((member) => member.kind === kind).length }))} />
        <p>
          <SiteLink href={documentPath('pages', 'verein', locale)}>{dictionary.aside.association}</SiteLink>
        </p>
      </AsideSection>
      {hasOffice(site) && site && <OfficeContact site={site} labels={dictionary.legalNotice} />}
    </>
  )
  return (
    <ArticleLayout as="div" wide header={header} aside={aside} asideLabel={dictionary.aside.label}>
      <MemberGrid members={members} labels={dictionary.members} />
    </ArticleLayout>
  )
}
