/** The CMS the site reads from (server side); file URLs from the CMS are relative to it. */
export const cmsUrl = (process.env.CMS_URL || 'http://localhost:3001').replace(/\/$/, '')

/** The CMS as the editor's browser reaches it: the admin whose live-preview pane frames the site. */
export const cmsPublicUrl = (process.env.CMS_PUBLIC_URL || cmsUrl).replace(/\/$/, '')
