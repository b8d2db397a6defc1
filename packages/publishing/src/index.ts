export { cacheTags, tagsForChange } from './cacheTags'
export {
  collectionOfSearchKind,
  collectionOfType,
  collectionPath,
  defaultLocale,
  documentPath,
  isLocale,
  isRoutable,
  type Locale,
  localeOr,
  localePath,
  locales,
  normalisePath,
  routableCollections,
  type RoutableCollection,
  routes,
  searchKinds,
  type SearchKind,
  sitePathOf,
  sitePaths,
  splitLocale,
} from './routes'
export { siteUrl } from './siteUrl'
export { SITE_TOKEN_HEADER, secretMatches, sharedSecret, siteRequestHeaders } from './secrets'
export { isDeployment, strictTransportSecurity } from './deployment'
