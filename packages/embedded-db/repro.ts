import { startEmbeddedPostgres, ensureDatabase } from '@impulsregion/embedded-db'
const db = await startEmbeddedPostgres({ dataDir: '/tmp/repro-pg', port: 55432 })
await ensureDatabase(db.adminUri, 'repro')
console.log('up'); setInterval(() => {}, 1000)
