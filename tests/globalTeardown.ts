import { filesWrittenIntoBuilds } from './support/builds'
import type { System } from './support/system'

export default async function globalTeardown() {
  await (globalThis as { __system?: System }).__system?.stop()
  // Whatever order Jest ran the files in: nothing the run rendered may reach the next `npm start`.
  const written = filesWrittenIntoBuilds(Number(process.env.TEST_RUN_STARTED_AT))
  if (written.length > 0) throw new Error(`The test run wrote into the builds npm start serves:\n${written.join('\n')}`)
}
