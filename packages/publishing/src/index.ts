export { cacheTags, tagsForChange } from './cacheTags'
export { documentPath, isRoutable, routableCollections, type RoutableCollection } from './routes'
export { secretMatches, sharedSecret } from './secrets'
