import type { Metadata } from 'next'

import { cacheTags } from '@impulsregion/publishing'

import { JsonLd } from '@/components/JsonLd'

import { NewsList } from '@/components/NewsList'
import { ProjectList } from '@/components/ProjectList'
import { SiteLink } from '@/components/SiteLink'
import { HomePageDocument } from '@/graphql/generated'
import { cmsQuery } from '@/lib/cms'
import { translatedSlugs } from '@/lib/fallback'
import { localePath, t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { siteUrl } from '@/lib/siteUrl'
import { type LangParams, routeLocale } from '@/lib/route'

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  const locale = await routeLocale(params)
  return pageMetadata({ locale, path: '/', description: 'Erfurt, Jena, Weimar und das Weimarer Land: vier starke Partner für eine starke Region in Thüringen.' })
}

export default async function HomePage({ params }: LangParams) {
  const locale = await routeLocale(params)
  const dictionary = t(locale)
  const data = await cmsQuery(HomePageDocument, { locale }, { tags: [cacheTags.list('news'), cacheTags.list('projects'), cacheTags.list('theme-years')] })

  const [translatedNews, translatedProjects] = await Promise.all([
    translatedSlugs('news', locale, (data.News?.docs ?? []).map((item) => item.slug)),
    translatedSlugs('projects', locale, (data.Projects?.docs ?? []).map((project) => project.slug)),
  ])
  const members = data.Members?.docs ?? []
  const partners = members.filter((member) => member.kind === 'publicAuthority')
  const labels = dictionary.home
  const organization = {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: data.Site?.name,
    url: siteUrl,
    slogan: data.Site?.claim,
    member: members.map((member) => ({ '@type': 'Organization', name: member.name, url: member.website ?? undefined })),
  }
  return (
    <>
      <JsonLd data={organization} />
      <section className="hero" aria-labelledby="seitentitel">
        <h1 id="seitentitel">{data.Site?.name ?? 'Die Impulsregion e.V.'}</h1>
        {data.Site?.claim && <p className="claim">{data.Site.claim}</p>}
        <SiteLink className="button" href={localePath(locale, '/ziele')}>
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
        {data.News?.docs.length ? <NewsList items={data.News.docs} locale={locale} translated={translatedNews} headingLevel={3} /> : <p>{labels.noNews}</p>}
        <p>
          <SiteLink href={localePath(locale, '/aktuelles')}>{labels.allNews}</SiteLink>
        </p>
      </section>

      <section aria-labelledby="projekte">
        <h2 id="projekte">{labels.projects}</h2>
        <ProjectList projects={data.Projects?.docs ?? []} locale={locale} labels={dictionary.projects} translated={translatedProjects} headingLevel={3} />
        <p>
          <SiteLink href={localePath(locale, '/projekte')}>{labels.allProjects}</SiteLink>
        </p>
      </section>

      <section aria-labelledby="themenjahre">
        <h2 id="themenjahre">{labels.themeYears}</h2>
        <ul className="theme-years">
          {(data.ThemeYears?.docs ?? []).map((year) => (
            <li key={year.id}>
              <SiteLink href={localePath(locale, `/themenjahre/${year.slug}`)}>
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
          <SiteLink href={localePath(locale, '/mitglieder')}>{dictionary.members.title}</SiteLink>
        </p>
      </section>
    </>
  )
}
