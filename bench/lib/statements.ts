import type pg from 'pg'

/**
 * SQL statements per request, counted by PostgreSQL itself (pg_stat_statements, loaded by the
 * benchmark's database). Only the application's database user and database are counted, and the
 * counting queries themselves are left out.
 */
export async function enableStatementCounting(db: pg.Client) {
  await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements')
}

export type StatementCount = { perRequest: number; transactionControl: number; top: { calls: number; query: string }[] }

export async function countStatements(db: pg.Client, requests: number, run: () => Promise<unknown>): Promise<StatementCount> {
  await db.query('SELECT pg_stat_statements_reset()')
  for (let index = 0; index < requests; index++) await run()
  const { rows } = await db.query<{ calls: string; query: string }>(
    `SELECT calls, query FROM pg_stat_statements
     WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
       AND query NOT ILIKE '%pg_stat_statements%'
     ORDER BY calls DESC`,
  )
  const total = rows.reduce((sum, row) => sum + Number(row.calls), 0)
  const transactionControl = rows.filter((row) => /^\s*(begin|commit|rollback|savepoint|release)/i.test(row.query)).reduce((sum, row) => sum + Number(row.calls), 0)
  return {
    perRequest: total / requests,
    transactionControl: transactionControl / requests,
    top: rows.slice(0, 8).map((row) => ({ calls: Number(row.calls) / requests, query: row.query.replace(/\s+/g, ' ').slice(0, 160) })),
  }
}
