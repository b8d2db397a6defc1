/**
 * The ceiling for page throughput: a minimal static file server that answers each path with bytes
 * it read from disk once (as a file server with a warm page cache does). Started by the benchmark
 * with the site's own HTML of each measured page.
 *
 *   node --import tsx bench/static-server.ts <folder with pages.json> <port>
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'

const [folder, port] = process.argv.slice(2)
const manifest = JSON.parse(readFileSync(path.join(folder!, 'pages.json'), 'utf8')) as Record<string, string>
const pages = new Map(Object.entries(manifest).map(([urlPath, file]) => [urlPath, readFileSync(path.join(folder!, file))]))

createServer((request, response) => {
  const body = pages.get(request.url ?? '/')
  if (!body) return response.writeHead(404).end()
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length }).end(body)
}).listen(Number(port), '127.0.0.1', () => console.log('ready'))
