import type { MetadataRoute } from 'next'

import { cacheTags, collectionPath, documentPath, localePath, type RoutableCollection, routableCollections, sitePaths } from '@impulsregion/publishing'

import { SitemapDocument } from '@/graphql/generated'

import { cmsQuery } from '../cms'
import { siteUrl } from '../siteUrl'

type Docs = { slug?: string | null; updatedAt?: string | null }[] | undefined

/** Every published page in German with its English alternate. */
export async function sitemapEntries(): Promise<MetadataRoute.Sitemap> {
  const data = await cmsQuery(SitemapDocument, {}, { tags: routableCollections.map(cacheTags.list) })
  const entry = (path: string, updatedAt?: string | null): MetadataRoute.Sitemap[number] => ({
    url: `${siteUrl}${localePath('de', path)}`,
    lastModified: updatedAt ?? undefined,
    alternates: { languages: { de: `${siteUrl}${localePath('de', path)}`, en: `${siteUrl}${localePath('en', path)}` } },
  })
  const documents = (collection: RoutableCollection, docs: Docs) => (docs ?? []).filter((doc) => doc.slug).map((doc) => entry(documentPath(collection, doc.slug!), doc.updatedAt))
  return [
    entry(sitePaths.home),
    entry(collectionPath('news')),
    entry(collectionPath('projects')),
    entry(collectionPath('theme-years')),
    entry(sitePaths.members),
    ...documents('news', data.News?.docs),
    ...documents('projects', data.Projects?.docs),
    ...documents('theme-years', data.ThemeYears?.docs),
    ...documents('pages', data.Pages?.docs),
  ]
}
