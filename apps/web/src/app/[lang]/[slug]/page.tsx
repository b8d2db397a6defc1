import type { Metadata } from 'next'

import { documentPath } from '@impulsregion/publishing'

import { Blocks } from '@/components/Blocks'
import { FallbackNotice } from '@/components/FallbackNotice'
import { LegalNotice } from '@/components/LegalNotice'
import { OfficeContact } from '@/components/OfficeContact'
import { cmsPage, cmsPageLang } from '@/lib/content/pages'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { renderOnDemand } from '@/lib/route'

type Props = { params: Promise<{ lang: string; slug: string }> }

export const generateStaticParams = renderOnDemand

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, page } = await cmsPage((await params).lang, (await params).slug)
  return pageMetadata({ locale, path: documentPath('pages', slug), title: page.title, description: page.intro, meta: page.meta })
}

/** Pages the office builds from blocks: Geschichte, Ziele, Verein, Kontakt, the legal pages … */
export default async function CmsPage({ params }: Props) {
  const { locale, slug, page, site, members, boardRoles } = await cmsPage((await params).lang, (await params).slug)
  const dictionary = t(locale)
  const lang = await cmsPageLang((await params).lang, slug)
  return (
    <article>
      <FallbackNotice locale={locale} lang={lang} />
      <h1 lang={lang}>{page.title}</h1>
      {page.intro && (
        <p className="lead" lang={lang}>
          {page.intro}
        </p>
      )}
      {slug === 'impressum' && site && <LegalNotice site={site} labels={dictionary.legalNotice} />}
      <div lang={lang}>
        <Blocks blocks={page.layout ?? []} members={members} boardRoles={boardRoles} locale={locale} dictionary={dictionary} />
      </div>
      {(slug === 'kontakt' || slug === 'verein' || slug === 'barrierefreiheit') && site && <OfficeContact site={site} labels={dictionary.legalNotice} />}
    </article>
  )
}
