import type { System } from './support/system'

export default async function globalTeardown() {
  await (globalThis as { __system?: System }).__system?.stop()
}
