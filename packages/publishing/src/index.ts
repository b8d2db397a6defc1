export { cacheTags, tagsForChange } from './cacheTags'
export { collectionPath, documentPath, isRoutable, normalisePath, routableCollections, type RoutableCollection } from './routes'
export { SITE_TOKEN_HEADER, secretMatches, sharedSecret, siteRequestHeaders } from './secrets'
export { isDeployment, strictTransportSecurity } from './deployment'
