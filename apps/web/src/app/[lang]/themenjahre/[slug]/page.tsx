import type { Metadata } from 'next'

import { documentPath } from '@impulsregion/publishing'

import { ArticleLayout, AsideSection, FactList } from '@/components/ArticleLayout'
import { CmsImage } from '@/components/CmsImage'
import { FallbackNotice } from '@/components/FallbackNotice'
import { ProjectList } from '@/components/ProjectList'
import { RichText } from '@/components/RichText'
import { SiteLink } from '@/components/SiteLink'
import { themeYear, themeYearList } from '@/lib/content/themeYears'
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
  const otherYears = await themeYearList(locale)
  const header = (
    <>
      <FallbackNotice locale={locale} lang={lang} />
      <h1 lang={lang}>{year.title}</h1>
      <p className="meta">{year.year}</p>
    </>
  )
  const aside = (
    <>
      <AsideSection heading={dictionary.aside.facts} id="fakten">
        <FactList
          facts={[
            { term: dictionary.projects.themeYear, value: year.year },
            { term: dictionary.aside.projectCount, value: projects.length },
          ]}
        />
      </AsideSection>
      {otherYears.length > 1 && (
        <AsideSection heading={dictionary.aside.otherYears} id="themenjahre">
          <ul>
            {otherYears.map((other) => (
              <li key={other.id}>
                <SiteLink href={documentPath('theme-years', other.slug ?? '', locale)} aria-current={other.id === year.id ? 'page' : undefined}>
                  {other.title} ({other.year})
                </SiteLink>
              </li>
            ))}
          </ul>
        </AsideSection>
      )}
    </>
  )
  return (
    <ArticleLayout header={header} aside={aside} asideLabel={dictionary.aside.label}>
      {year.image && <CmsImage image={year.image} sizes="(min-width: 48rem) 48rem, 100vw" priority />}
      <RichText data={year.description} lang={lang} />
      <section aria-labelledby="projekte">
        <h2 id="projekte">{dictionary.themeYears.projects}</h2>
        {projects.length ? <ProjectList projects={projects} locale={locale} labels={dictionary.projects} headingLevel={3} /> : <p>{dictionary.themeYears.noProjects}</p>}
      </section>
    </ArticleLayout>
  )
}
