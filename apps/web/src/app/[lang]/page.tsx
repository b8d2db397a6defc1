import type { Metadata } from 'next'

import { collectionPath, documentPath, localePath, sitePaths } from '@impulsregion/publishing'

import { JsonLd } from '@/components/JsonLd'

import { NewsList } from '@/components/NewsList'
import { ProjectList } from '@/components/ProjectList'
import { SiteLink } from '@/components/SiteLink'
import { homePage } from '@/lib/content/home'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { type LangParams, routeLocale } from '@/lib/route'

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  const locale = await routeLocale(params)
  return pageMetadata({ locale, path: sitePaths.home, description: 'Erfurt, Jena, Weimar und das Weimarer Land: vier starke Partner für eine starke Region in Thüringen.' })
}

export default async function HomePage({ params }: LangParams) {
  const locale = await routeLocale(params)
  const dictionary = t(locale)
  const { site, members, partners, news, translatedNews, projects, translatedProjects, themeYears, organization } = await homePage(locale)
  const labels = dictionary.home
  return (
    <>
      <JsonLd data={organization} />
      <section className="hero" aria-labelledby="seitentitel">
        <h1 id="seitentitel">{site?.name ?? 'Die Impulsregion e.V.'}</h1>
        {site?.claim && <p className="claim">{site.claim}</p>}
        <SiteLink className="button" href={documentPath('pages', 'ziele', locale)}>
          {labels.goals}
        </SiteLink>
      </section>

      <section aria-labelledby="partner">
        <h2 id="partner">{labels.partners}</h2>
        <ul className="partners">
          {partners.map((partner) => (
            <li key={partner.id}>{partner.website ? <a href={partner.website}>{partner.shortName}</a> : partner.shortName}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="aktuelles">
        <h2 id="aktuelles">{labels.news}</h2>
        {news.length ? <NewsList items={news} locale={locale} translated={translatedNews} headingLevel={3} /> : <p>{labels.noNews}</p>}
        <p>
          <SiteLink href={collectionPath('news', locale)}>{labels.allNews}</SiteLink>
        </p>
      </section>

      <section aria-labelledby="projekte">
        <h2 id="projekte">{labels.projects}</h2>
        <ProjectList projects={projects} locale={locale} labels={dictionary.projects} translated={translatedProjects} headingLevel={3} />
        <p>
          <SiteLink href={collectionPath('projects', locale)}>{labels.allProjects}</SiteLink>
        </p>
      </section>

      <section aria-labelledby="themenjahre">
        <h2 id="themenjahre">{labels.themeYears}</h2>
        <ul className="theme-years">
          {themeYears.map((year) => (
            <li key={year.id}>
              <SiteLink href={documentPath('theme-years', year.slug ?? '', locale)}>
                {year.title} ({year.year})
              </SiteLink>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="mitglieder">
        <h2 id="mitglieder">{labels.members}</h2>
        <ul className="members">
          {members.map((member) => (
            <li key={member.id}>{member.website ? <a href={member.website}>{member.name}</a> : member.name}</li>
          ))}
        </ul>
        <p>
          <SiteLink href={localePath(locale, sitePaths.members)}>{dictionary.members.title}</SiteLink>
        </p>
      </section>
    </>
  )
}
