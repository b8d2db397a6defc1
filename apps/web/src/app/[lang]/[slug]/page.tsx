import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { cache } from 'react'

import { cacheTags } from '@impulsregion/publishing'

import { Blocks } from '@/components/Blocks'
import { FallbackNotice } from '@/components/FallbackNotice'
import { LegalNotice } from '@/components/LegalNotice'
import { OfficeContact } from '@/components/OfficeContact'
import { PageBySlugDocument } from '@/graphql/generated'
import type { BoardRole } from '@/lib/board'
import { cmsDocumentQuery } from '@/lib/cms'
import { itemLang, translatedSlugs } from '@/lib/fallback'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { localeOf, renderOnDemand } from '@/lib/route'

type Props = { params: Promise<{ lang: string; slug: string }> }

export const generateStaticParams = renderOnDemand

// React's cache: generateMetadata and the page share one set of CMS requests per render.
const load = cache(async (lang: string, slug: string) => {
  const locale = localeOf(lang)
  const data = await cmsDocumentQuery(PageBySlugDocument, { slug, locale }, [cacheTags.document('pages', slug), cacheTags.list('pages')])
  const page = data.Pages?.docs[0]
  if (!page) notFound()
  return { locale, slug, page, data }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, page } = await load((await params).lang, (await params).slug)
  return pageMetadata({ locale, path: `/${slug}`, title: page.title, description: page.intro, meta: page.meta })
}

/** Pages the office builds from blocks: Geschichte, Ziele, Verein, Kontakt, the legal pages … */
export default async function CmsPage({ params }: Props) {
  const { locale, slug, page, data } = await load((await params).lang, (await params).slug)
  const dictionary = t(locale)
  const lang = itemLang(locale, slug, await translatedSlugs('pages', locale, [slug]))
  return (
    <article>
      <FallbackNotice locale={locale} lang={lang} />
      <h1 lang={lang}>{page.title}</h1>
      {page.intro && (
        <p className="lead" lang={lang}>
          {page.intro}
        </p>
      )}
      {slug === 'impressum' && data.Site && <LegalNotice site={data.Site} labels={dictionary.legalNotice} />}
      <div lang={lang}>
        <Blocks
          blocks={page.layout ?? []}
          members={data.Members?.docs ?? []}
          boardRoles={(data.BoardRoles?.docs ?? []) as BoardRole[]}
          locale={locale}
          dictionary={dictionary}
        />
      </div>
      {(slug === 'kontakt' || slug === 'verein' || slug === 'barrierefreiheit') && data.Site && <OfficeContact site={data.Site} labels={dictionary.legalNotice} />}
    </article>
  )
}
