import type { Payload } from 'payload'

import { migrations } from '../migrations'

type MigrateArgs = NonNullable<Parameters<Payload['db']['migrate']>[0]>

/** Applies the committed migrations (imported statically: the CLI's file discovery is unreliable). */
export async function migrateDatabase(payload: Payload): Promise<void> {
  // The adapter types its migrations with `unknown` arguments; ours are typed for Postgres.
  await payload.db.migrate({ migrations: migrations as unknown as MigrateArgs['migrations'] })
}
