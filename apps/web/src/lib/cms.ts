import { graphqlRequest, type TypedQuery } from '@impulsregion/graphql'

/** The CMS the site reads from; server-side only, never sent to the browser. */
export const cmsUrl = (process.env.CMS_URL || 'http://localhost:3001').replace(/\/$/, '')

/** The site's only way to content: the CMS's public GraphQL API. */
export function cmsQuery<TResult, TVariables>(query: TypedQuery<TResult, TVariables>, variables?: TVariables) {
  return graphqlRequest(`${cmsUrl}/api/graphql`, query, variables, { cache: 'no-store' })
}
