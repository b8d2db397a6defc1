import type { GraphQLExtension, PayloadRequest } from 'payload'

import { searchKinds } from '@impulsregion/publishing'

import { MAX_RESULTS, searchContent } from './searchContent'

/** `Search(query, locale, limit)` in Payload's GraphQL API, for the site and partner portals. */
export const searchQueries: GraphQLExtension = (GraphQL) => {
  const SearchKind = new GraphQL.GraphQLEnumType({
    name: 'SearchKind',
    // One value per page-owning collection (packages/publishing's routing table): the site links each hit by its kind.
    values: Object.fromEntries(searchKinds.map((kind) => [kind, { value: kind }])),
  })
  const SearchHit = new GraphQL.GraphQLObjectType({
    name: 'SearchHit',
    fields: {
      kind: { type: new GraphQL.GraphQLNonNull(SearchKind) },
      id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLInt) },
      slug: { type: GraphQL.GraphQLString },
      title: { type: GraphQL.GraphQLString },
      excerpt: { type: GraphQL.GraphQLString },
      rank: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLFloat) },
    },
  })
  const SearchLocale = new GraphQL.GraphQLEnumType({ name: 'SearchLocale', values: { de: { value: 'de' }, en: { value: 'en' } } })

  return {
    Search: {
      description: `Full-text search (German stemming) over published news, projects, theme years and pages; at most ${MAX_RESULTS} hits, best first.`,
      type: new GraphQL.GraphQLNonNull(new GraphQL.GraphQLList(new GraphQL.GraphQLNonNull(SearchHit))),
      args: {
        query: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        locale: { type: SearchLocale, defaultValue: 'de' },
        limit: { type: GraphQL.GraphQLInt, defaultValue: 20 },
      },
      resolve: (_: unknown, args: { query: string; locale: 'de' | 'en'; limit: number }, context: { req: PayloadRequest }) => searchContent(context.req.payload.db.pool, args),
    },
  }
}
