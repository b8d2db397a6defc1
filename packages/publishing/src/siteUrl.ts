/**
 * The public site's address as visitors (and editors' browsers) reach it: SITE_URL without a
 * trailing slash, http://localhost:3000 in local runs that leave it unset. Canonical links,
 * sitemap, feed, JSON-LD, preview links and the CMS's CORS and frame rules all start from it.
 */
export const siteUrl = () => (process.env.SITE_URL || 'http://localhost:3000').replace(/\/$/, '')
