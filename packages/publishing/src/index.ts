export { cacheTags, tagsForChange } from './cacheTags'
export { documentPath, isRoutable, normalisePath, routableCollections, type RoutableCollection } from './routes'
export { SITE_TOKEN_HEADER, secretMatches, sharedSecret, siteRequestHeaders } from './secrets'
