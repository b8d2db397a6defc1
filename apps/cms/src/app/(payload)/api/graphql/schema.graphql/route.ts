import config from '@payload-config'
import { configToSchema } from '@payloadcms/graphql'

import { printPublicSchema } from '../../../../../api/graphql/publicContract'
import { PUBLIC_CACHE_CONTROL } from '../../../../../api/graphql/route'

let sdl: string | undefined

/** The public contract as SDL for partners' tools (codegen, GraphiQL): what introspection would show them. */
export async function GET() {
  sdl ??= printPublicSchema(configToSchema(await config).schema)
  return new Response(sdl, {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': PUBLIC_CACHE_CONTROL, 'access-control-allow-origin': '*' },
  })
}
