/** The public address of the site, for canonical links, the sitemap, the feed and JSON-LD. */
export const siteUrl = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/$/, '')
