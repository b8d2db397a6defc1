import { graphqlRequest, type TypedQuery } from '@impulsregion/graphql'
import { cacheTags, siteRequestHeaders } from '@impulsregion/publishing'

import { cmsUrl } from './cmsUrl'
import { type PreviewSession, previewSession } from './preview'

/**
 * How long a cached CMS answer may be served without a revalidation call from the CMS: only a
 * safety net for a lost call; publishing expires the affected tags at once.
 */
const SAFETY_NET_SECONDS = 600

type Options = { tags?: string[]; preview?: PreviewSession }

/**
 * The site's only way to content: the CMS's public GraphQL API. Answers are cached under the
 * given tags (plus one for everything) until the CMS says they changed. Preview requests carry
 * the editor's login and are never cached, so drafts cannot reach a visitor. Public requests name
 * the site (siteRequestHeaders), so the CMS's partner rate limit and page-size cap do not apply.
 */
export function cmsQuery<TResult, TVariables>(query: TypedQuery<TResult, TVariables>, variables?: TVariables, { tags = [], preview }: Options = {}) {
  const endpoint = `${cmsUrl}/api/graphql`
  if (preview?.enabled) {
    return graphqlRequest(endpoint, query, variables, { cache: 'no-store', headers: { authorization: `JWT ${preview.token}` } })
  }
  return graphqlRequest(endpoint, query, variables, {
    cache: 'force-cache',
    headers: siteRequestHeaders(),
    next: { revalidate: SAFETY_NET_SECONDS, tags: [cacheTags.all, ...tags] },
  })
}

/**
 * A detail page's query: in preview (draft mode with the editor's CMS login) it asks for the
 * latest draft, uncached; otherwise the published document, cached under `tags`.
 */
export async function cmsDocumentQuery<TResult, TVariables extends { draft?: boolean | null }>(query: TypedQuery<TResult, TVariables>, variables: TVariables, tags: string[]) {
  const preview = await previewSession()
  return cmsQuery(query, { ...variables, draft: preview.enabled }, { tags, preview })
}
