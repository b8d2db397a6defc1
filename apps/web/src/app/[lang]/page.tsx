import type { Metadata } from 'next'

import { collectionPath, documentPath, localePath, sitePaths } from '@impulsregion/publishing'

import { JsonLd } from '@/components/JsonLd'
import { KeyFigures } from '@/components/KeyFigures'
import { memberAnchor } from '@/components/MemberGrid'
import { NewsList } from '@/components/NewsList'
import { ProjectList } from '@/components/ProjectList'
import { RegionMap } from '@/components/RegionMap'
import { SiteLink } from '@/components/SiteLink'
import { ThemeYearList } from '@/components/ThemeYearList'
import { homePage } from '@/lib/content/home'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { type LangParams, routeLocale } from '@/lib/route'

import styles from './page.module.css'

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  const locale = await routeLocale(params)
  return pageMetadata({ locale, path: sitePaths.home, description: 'Erfurt, Jena, Weimar und das Weimarer Land: vier starke Partner für eine starke Region in Thüringen.' })
}

export default async function HomePage({ params }: LangParams) {
  const locale = await routeLocale(params)
  const dictionary = t(locale)
  const { site, claimLang, members, partners, places, figures, news, translatedNews, projects, translatedProjects, themeYears, organization } = await homePage(locale)
  const labels = dictionary.home
  const name = site?.name ?? 'Die Impulsregion e.V.'
  const membersPage = localePath(locale, sitePaths.members)
  return (
    <>
      <JsonLd data={organization} />
      {/* The header carries the brand: the claim is the page's heading, so that a phone's first screen holds it and the ways on. */}
      <section className={styles.hero} aria-labelledby="seitentitel">
        <div className={styles.heroText}>
          <h1 id="seitentitel" className={styles.claim} lang={site?.claim ? claimLang : undefined}>
            {site?.claim ?? name}
          </h1>
          {partners.length > 0 && <p className={styles.intro}>{labels.intro(partners.map((partner) => partner.shortName))}</p>}
          <p className={styles.entryPoints}>
            <SiteLink className="button" href={collectionPath('projects', locale)}>
              {labels.discoverProjects}
            </SiteLink>
            <SiteLink className={`button ${styles.secondary}`} href={documentPath('pages', 'ziele', locale)}>
              {labels.goals}
            </SiteLink>
          </p>
        </div>
        <section className={styles.partners} aria-labelledby="partner">
          <h2 id="partner" className={styles.partnersHeading}>
            {labels.partners}
          </h2>
          <RegionMap places={places} locale={locale} labels={labels.map} />
        </section>
      </section>

      <section className={styles.section} aria-labelledby="kennzahlen">
        <h2 id="kennzahlen">{labels.figures.title}</h2>
        <KeyFigures figures={figures} labels={labels.figures} />
      </section>

      <section className={styles.section} aria-labelledby="aktuelles">
        <div className={styles.sectionHead}>
          <h2 id="aktuelles">{labels.news}</h2>
          <SiteLink href={collectionPath('news', locale)}>{labels.allNews}</SiteLink>
        </div>
        {news.length ? <NewsList items={news} locale={locale} translated={translatedNews} headingLevel={3} labelledBy="aktuelles" /> : <p>{labels.noNews}</p>}
      </section>

      <section className={styles.section} aria-labelledby="projekte">
        <div className={styles.sectionHead}>
          <h2 id="projekte">{labels.projects}</h2>
          <SiteLink href={collectionPath('projects', locale)}>{labels.allProjects}</SiteLink>
        </div>
        <ProjectList projects={projects} locale={locale} labels={dictionary.projects} translated={translatedProjects} headingLevel={3} labelledBy="projekte" />
      </section>

      <section className={styles.section} aria-labelledby="themenjahre">
        <div className={styles.sectionHead}>
          <h2 id="themenjahre">{labels.themeYears}</h2>
          <SiteLink href={collectionPath('theme-years', locale)}>{labels.allThemeYears}</SiteLink>
        </div>
        <ThemeYearList themeYears={themeYears} locale={locale} labels={dictionary.projects} headingLevel={3} labelledBy="themenjahre" />
      </section>

      <section className={styles.section} aria-labelledby="mitglieder">
        <div className={styles.sectionHead}>
          <h2 id="mitglieder">{labels.members}</h2>
          <SiteLink href={membersPage}>{dictionary.members.title}</SiteLink>
        </div>
        <ul className={styles.members} aria-labelledby="mitglieder">
          {members.map((member) => (
            <li key={member.id}>
              <SiteLink href={`${membersPage}#${memberAnchor(member.id)}`}>{member.name}</SiteLink>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
