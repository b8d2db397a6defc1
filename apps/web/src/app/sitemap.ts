import type { MetadataRoute } from 'next'

import { SitemapDocument } from '@/graphql/generated'
import { cacheTags, routableCollections } from '@impulsregion/publishing'

import { cmsQuery } from '@/lib/cms'
import { localePath } from '@/lib/i18n'
import { siteUrl } from '@/lib/siteUrl'

export const dynamic = 'force-dynamic'

/** Every published page in German with its English alternate. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const data = await cmsQuery(SitemapDocument, {}, { tags: routableCollections.map(cacheTags.list) })
  const entry = (path: string, updatedAt?: string | null): MetadataRoute.Sitemap[number] => ({
    url: `${siteUrl}${localePath('de', path)}`,
    lastModified: updatedAt ?? undefined,
    alternates: { languages: { de: `${siteUrl}${localePath('de', path)}`, en: `${siteUrl}${localePath('en', path)}` } },
  })
  const slugs = (docs: { slug?: string | null; updatedAt?: string | null }[] | undefined, prefix: string) =>
    (docs ?? []).filter((doc) => doc.slug).map((doc) => entry(`${prefix}/${doc.slug}`, doc.updatedAt))
  return [
    entry('/'),
    entry('/aktuelles'),
    entry('/projekte'),
    entry('/themenjahre'),
    entry('/mitglieder'),
    ...slugs(data.News?.docs, '/aktuelles'),
    ...slugs(data.Projects?.docs, '/projekte'),
    ...slugs(data.ThemeYears?.docs, '/themenjahre'),
    ...slugs(data.Pages?.docs, ''),
  ]
}
