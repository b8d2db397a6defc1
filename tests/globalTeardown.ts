import { rmSync } from 'node:fs'

import { stopServer, type TestServices } from './support/processes'

export default async function globalTeardown() {
  const services = (globalThis as { __services?: TestServices }).__services
  if (!services) return
  for (const server of services.servers) await stopServer(server)
  await services.database.stop()
  rmSync(services.tmp, { recursive: true, force: true })
}
