import type { Metadata } from 'next'

import { documentPath, localePath, sitePaths } from '@impulsregion/publishing'

import { ArticleLayout, AsideSection } from '@/components/ArticleLayout'
import { Blocks } from '@/components/Blocks'
import { FallbackNotice } from '@/components/FallbackNotice'
import { LegalNotice } from '@/components/LegalNotice'
import { hasOffice, OfficeContact } from '@/components/OfficeContact'
import { SiteLink } from '@/components/SiteLink'
import { cmsPage, cmsPageLang } from '@/lib/content/pages'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { renderOnDemand } from '@/lib/route'

type Props = { params: Promise<{ lang: string; slug: string }> }

export const generateStaticParams = renderOnDemand

/** Pages that name the Geschäftsstelle as the way to reach the association: its contact stays, also while not yet entered. */
const CONTACT_PAGES = new Set(['kontakt', 'verein', 'barrierefreiheit'])

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, page } = await cmsPage((await params).lang, (await params).slug)
  return pageMetadata({ locale, path: documentPath('pages', slug), title: page.title, description: page.intro, meta: page.meta })
}

/** Pages the office builds from blocks: Geschichte, Ziele, Verein, Kontakt, the legal pages … */
export default async function CmsPage({ params }: Props) {
  const { locale, slug, page, site, members, boardRoles, related } = await cmsPage((await params).lang, (await params).slug)
  const dictionary = t(locale)
  const lang = await cmsPageLang((await params).lang, slug)
  const header = (
    <>
      <FallbackNotice locale={locale} lang={lang} />
      <h1 lang={lang}>{page.title}</h1>
      {page.intro && (
        <p className="lead" lang={lang}>
          {page.intro}
        </p>
      )}
    </>
  )
  const aside = (
    <>
      <AsideSection heading={dictionary.aside.association} id="verein">
        <ul>
          {related.map((other) => (
            <li key={other.slug}>
              <SiteLink href={documentPath('pages', other.slug ?? '', locale)} aria-current={other.slug === slug ? 'page' : undefined}>
                {other.title}
              </SiteLink>
            </li>
          ))}
          <li>
            <SiteLink href={localePath(locale, sitePaths.members)}>{dictionary.members.title}</SiteLink>
          </li>
        </ul>
      </AsideSection>
      {site && (hasOffice(site) || CONTACT_PAGES.has(slug)) && <OfficeContact site={site} labels={dictionary.legalNotice} />}
    </>
  )
  return (
    <ArticleLayout header={header} aside={aside} asideLabel={dictionary.aside.label}>
      {slug === 'impressum' && site && <LegalNotice site={site} labels={dictionary.legalNotice} />}
      <div lang={lang}>
        <Blocks blocks={page.layout ?? []} members={members} boardRoles={boardRoles} locale={locale} dictionary={dictionary} />
      </div>
    </ArticleLayout>
  )
}
