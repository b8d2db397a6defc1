export { cacheTags, tagsForChange } from './cacheTags'
export { documentPath, isRoutable, normalisePath, routableCollections, type RoutableCollection } from './routes'
export { secretMatches, sharedSecret } from './secrets'
