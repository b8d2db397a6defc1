import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'
import { readdirSync } from 'node:fs'
import path from 'node:path'

import config from '@payload-config'
import { getPayload } from 'payload'
import sharp from 'sharp'

export { pdfBytes } from '../../../tests/support/files'

export const cmsUrl = () => {
  if (!process.env.CMS_URL) throw new Error('CMS_URL is not set: run the tests with `npm test`')
  return process.env.CMS_URL
}

/** The Local API on the same test database the running CMS uses. */
export const testPayload = (): Promise<Payload> => getPayload({ config })

/** A unique marker per test file, so files sharing one database never see each other's data. */
export const uniqueTag = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`

export async function createStaffUser(payload: Payload, tag: string, role: 'admin' | 'editor' = 'editor') {
  const email = `${tag}-${role}@test.impulsregion.local`
  const password = `pw-${randomUUID()}`
  const user = await payload.create({ collection: 'users', data: { email, password, name: tag, role }, overrideAccess: true })
  return { user, email, password }
}

/** Logs in over the real REST API and returns the header that authenticates later requests. */
export async function loginHeaders(email: string, password: string): Promise<Record<string, string>> {
  const response = await fetch(`${cmsUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { token?: string }
  if (!response.ok || !body.token) throw new Error(`login failed: ${response.status}`)
  return { Authorization: `JWT ${body.token}` }
}

export async function graphql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(`${cmsUrl()}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  })
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string }[] } }
}

/** A real PNG made by sharp. */
export const pngBytes = (width = 640, height = 400) =>
  sharp({ create: { width, height, channels: 3, background: { r: 0, g: 86, b: 91 } } })
    .png()
    .toBuffer()

export const uploadFile = (data: Buffer, name: string, mimetype: string) => ({ data, name, mimetype, size: data.length })

/** Every file under the upload folder, to prove a refused upload left nothing behind. */
export function storedFiles(): string[] {
  const root = process.env.UPLOAD_DIR!
  const walk = (dir: string): string[] => {
    try {
      return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
    } catch {
      return []
    }
  }
  return walk(root).sort()
}

/** Rows per table, to prove a refused save wrote nothing (documents, translations, relations, versions). */
export async function rowCounts(payload: Payload, tables: string[]): Promise<Record<string, number>> {
  const { rows } = await payload.db.pool.query<{ table: string; count: string }>(tables.map((table) => `SELECT '${table}' AS table, count(*) FROM ${table}`).join(' UNION ALL '))
  return Object.fromEntries(rows.map((row) => [row.table, Number(row.count)]))
}

/** Asserts that `attempt` fails with exactly these (German) field messages and leaves no row in `tables` and no file behind. */
export async function expectRejected(payload: Payload, tables: string[], attempt: () => Promise<unknown>, expected: { path: string; message: string }[]) {
  const countsBefore = await rowCounts(payload, tables)
  const filesBefore = storedFiles()
  const errors = await validationErrors(attempt)
  expect(errors.map(({ path, message }) => ({ path, message }))).toEqual(expected)
  expect(await rowCounts(payload, tables)).toEqual(countsBefore)
  expect(storedFiles()).toEqual(filesBefore)
}

/** Runs `fn` and returns the field errors Payload reports (fails the test if nothing is thrown). */
export async function validationErrors(fn: () => Promise<unknown>): Promise<{ message: string; path: string }[]> {
  try {
    await fn()
  } catch (error) {
    const data = (error as { data?: { errors?: { message: string; path: string }[] } }).data
    if (data?.errors) return data.errors
    throw error
  }
  throw new Error('expected a validation error, but the operation succeeded')
}
