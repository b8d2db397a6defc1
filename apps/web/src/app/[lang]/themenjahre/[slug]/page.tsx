import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { cache } from 'react'

import { cacheTags } from '@impulsregion/publishing'

import { CmsImage } from '@/components/CmsImage'
import { FallbackNotice } from '@/components/FallbackNotice'
import { ProjectList } from '@/components/ProjectList'
import { RichText } from '@/components/RichText'
import { ThemeYearDetailDocument } from '@/graphql/generated'
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
  const data = await cmsDocumentQuery(ThemeYearDetailDocument, { slug, locale }, [cacheTags.document('theme-years', slug), cacheTags.list('projects')])
  const year = data.ThemeYears?.docs[0]
  if (!year) notFound()
  return { locale, year, lang: itemLang(locale, slug, await translatedSlugs('themeYears', locale, [slug])) }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, year } = await load((await params).lang, (await params).slug)
  return pageMetadata({ locale, path: `/themenjahre/${(await params).slug}`, title: year.title, image: year.image, meta: year.meta })
}

export default async function ThemeYearPage({ params }: Props) {
  const { locale, year, lang } = await load((await params).lang, (await params).slug)
  const dictionary = t(locale)
  const projects = (year.projects?.docs ?? []).filter((project) => !!project)
  return (
    <article>
      <FallbackNotice locale={locale} lang={lang} />
      <h1 lang={lang}>{year.title}</h1>
      <p className="meta">{year.year}</p>
      {year.image && <CmsImage image={year.image} sizes="(min-width: 48rem) 48rem, 100vw" priority />}
      <RichText data={year.description} lang={lang} />
      <section aria-labelledby="projekte">
        <h2 id="projekte">{dictionary.themeYears.projects}</h2>
        {projects.length ? <ProjectList projects={projects} locale={locale} labels={dictionary.projects} headingLevel={3} /> : <p>{dictionary.themeYears.noProjects}</p>}
      </section>
    </article>
  )
}
