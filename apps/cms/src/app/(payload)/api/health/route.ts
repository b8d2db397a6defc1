import config from '@payload-config'

import { healthRoute } from '../../../../api/health'

export const dynamic = 'force-dynamic'
export const GET = healthRoute(config).GET
