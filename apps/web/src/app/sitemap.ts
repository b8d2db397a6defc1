import type { MetadataRoute } from 'next'

import { sitemapEntries } from '@/lib/content/sitemap'

export const dynamic = 'force-dynamic'

/** Every published page in German with its English alternate. */
export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries()
}
