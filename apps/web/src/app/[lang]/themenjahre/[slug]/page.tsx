import type { Metadata } from 'next'

import { documentPath } from '@impulsregion/publishing'

import { CmsImage } from '@/components/CmsImage'
import { FallbackNotice } from '@/components/FallbackNotice'
import { ProjectList } from '@/components/ProjectList'
import { RichText } from '@/components/RichText'
import { themeYear } from '@/lib/content/themeYears'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { renderOnDemand } from '@/lib/route'

type Props = { params: Promise<{ lang: string; slug: string }> }

export const generateStaticParams = renderOnDemand

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, year } = await themeYear((await params).lang, (await params).slug)
  return pageMetadata({ locale, path: documentPath('theme-years', (await params).slug), title: year.title, image: year.image, meta: year.meta })
}

export default async function ThemeYearPage({ params }: Props) {
  const { locale, year, projects, lang } = await themeYear((await params).lang, (await params).slug)
  const dictionary = t(locale)
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
