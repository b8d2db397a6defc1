/** The public address of the site, for canonical links, the sitemap, the feed and JSON-LD. */
import { siteUrl as configuredSiteUrl } from '@impulsregion/publishing'

export const siteUrl = configuredSiteUrl()
