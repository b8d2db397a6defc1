import { graphqlRequest, type TypedQuery } from '@impulsregion/graphql'

import { cmsUrl } from './cmsUrl'

/** The site's only way to content: the CMS's public GraphQL API. */
export function cmsQuery<TResult, TVariables>(query: TypedQuery<TResult, TVariables>, variables?: TVariables) {
  return graphqlRequest(`${cmsUrl}/api/graphql`, query, variables, { cache: 'no-store' })
}
