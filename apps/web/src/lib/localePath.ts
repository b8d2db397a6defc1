// The language rule of addresses lives in the routing contract (packages/publishing); the browser
// parts of the site (language link, embed) import the routes alone, without the server-only index.
export { localePath, sitePathOf } from '@impulsregion/publishing/routes'
