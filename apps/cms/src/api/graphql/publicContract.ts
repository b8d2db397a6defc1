import { GraphQLObjectType, GraphQLSchema, printSchema } from 'graphql'

/** Where the CMS serves the public SDL (introspection is for staff; see docs/partner-api.md). */
export const PUBLIC_SCHEMA_PATH = '/api/graphql/schema.graphql'

/**
 * The root queries of the public API: what partner sites and anonymous clients may ask for.
 * Everything else Payload generates (users, audit log, versions, access, jobs, preferences, locks
 * and every mutation) needs a staff login. `packages/graphql/schema.graphql` is this contract:
 * the generator prints only these fields and the types they reach.
 */
export const PUBLIC_QUERY_FIELDS = [
  'NewsItem',
  'News',
  'Event',
  'Events',
  'Project',
  'Projects',
  'ThemeYear',
  'ThemeYears',
  'Page',
  'Pages',
  'ProjectCategory',
  'ProjectCategories',
  'Member',
  'Members',
  'BoardRole',
  'BoardRoles',
  'MediaItem',
  'Media',
  'Document',
  'Documents',
  'Redirects',
  'Site',
  'Navigation',
  'Search',
] as const

const isPublic = new Set<string>(PUBLIC_QUERY_FIELDS)
export const isPublicQueryField = (name: string) => isPublic.has(name)

/** Payload's full schema cut down to the public contract (unreachable types drop out). */
export function publicSchema(full: GraphQLSchema): GraphQLSchema {
  const query = full.getQueryType()!.toConfig()
  const missing = PUBLIC_QUERY_FIELDS.filter((name) => !(name in query.fields))
  if (missing.length) throw new Error(`Public queries missing from the Payload schema: ${missing.join(', ')}`)
  const fields = Object.fromEntries(Object.entries(query.fields).filter(([name]) => isPublic.has(name)))
  return new GraphQLSchema({ query: new GraphQLObjectType({ ...query, fields }) })
}

/** The public contract as SDL, exactly as committed in packages/graphql/schema.graphql. */
export const printPublicSchema = (full: GraphQLSchema) => `${printSchema(publicSchema(full))}\n`
