import { cacheTags } from '@impulsregion/publishing'

import { HomePageDocument } from '@/graphql/generated'

import { cmsQuery } from '../cms'
import { claimLang, translatedSlugs } from '../fallback'
import type { Locale } from '../format'
import { siteUrl } from '../siteUrl'

/** The start page: the association, its partners on the map, key figures, the latest news, projects and theme years. */
export async function homePage(locale: Locale) {
  const data = await cmsQuery(HomePageDocument, { locale }, { tags: [cacheTags.list('news'), cacheTags.list('projects'), cacheTags.list('theme-years')] })
  const news = data.News?.docs ?? []
  const projects = data.Projects?.docs ?? []
  const [translatedNews, translatedProjects, claimLanguage] = await Promise.all([
    translatedSlugs(
      'news',
      locale,
      news.map((item) => item.slug),
    ),
    translatedSlugs(
      'projects',
      locale,
      projects.map((project) => project.slug),
    ),
    claimLang(locale),
  ])
  const members = data.Members?.docs ?? []
  const organization = {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: data.Site?.name,
    url: siteUrl,
    slogan: data.Site?.claim,
    member: members.map((member) => ({ '@type': 'Organization', name: member.name, url: member.website ?? undefined })),
  }
  return {
    site: data.Site,
    claimLang: claimLanguage,
    members,
    partners: members.filter((member) => member.kind === 'publicAuthority'),
    places: members.flatMap(({ id, name, shortName, location }) =>
      location?.latitude != null && location.longitude != null
        ? [{ id, name, shortName, district: location.district === true, location: { latitude: location.latitude, longitude: location.longitude } }]
        : [],
    ),
    figures: {
      members: data.Members?.totalDocs ?? members.length,
      projects: data.AllProjects?.totalDocs ?? 0,
      themeYears: data.ThemeYears?.totalDocs ?? 0,
      firstThemeYear: data.FirstThemeYear?.docs[0]?.year ?? undefined,
    },
    news,
    translatedNews,
    projects,
    translatedProjects,
    themeYears: data.ThemeYears?.docs ?? [],
    organization,
  }
}
