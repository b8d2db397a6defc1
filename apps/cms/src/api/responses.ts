/** An error answer in the shape Payload's REST and GraphQL APIs use: `{ errors: [{ message }] }`. */
export function apiError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ errors: [{ message, extensions: { statusCode: status } }] }, { status, headers: { 'cache-control': 'no-store', ...headers } })
}

/**
 * Reads a request body up to `maxBytes`; undefined when it is longer. Counts the bytes as they
 * arrive, so a client that sends no or a false Content-Length cannot push more through.
 */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length'))
  if (declared > maxBytes) return undefined
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let received = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    received += value.byteLength
    if (received > maxBytes) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}
