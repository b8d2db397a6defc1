import config from '@payload-config'

import { restRoute } from '../../../../api/rest/route'

const route = restRoute(config)
export const GET = route.GET
export const POST = route.POST
export const DELETE = route.DELETE
export const PATCH = route.PATCH
export const PUT = route.PUT
export const OPTIONS = route.OPTIONS
