/** The CMS the site reads from (server side); file URLs from the CMS are relative to it. */
export const cmsUrl = (process.env.CMS_URL || 'http://localhost:3001').replace(/\/$/, '')
