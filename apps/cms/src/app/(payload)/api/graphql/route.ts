import config from '@payload-config'

import { graphqlRoute } from '../../../../api/graphql/route'

const route = graphqlRoute(config)
export const GET = route.GET
export const POST = route.POST
export const OPTIONS = route.OPTIONS
