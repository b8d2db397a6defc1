/**
 * CORS as a partner's browser sees it (issue 5): a page served from another origin calls the
 * CMS's GraphQL API with a preflighted POST and a GET. From the allowlisted origin
 * (http://127.0.0.1:PARTNER_PORT, set in CORS_ORIGINS) both succeed; the same page from an origin
 * not on the list (http://localhost:PARTNER_PORT) gets nothing.
 */
import type { Browser } from 'playwright-core'

import { createServer, type Server } from 'node:http'

import { launchChromium } from './support/browser'

let browser: Browser
let server: Server
const port = () => Number(process.env.PARTNER_PORT)

/** The partner page: two calls to the API, their outcome written into the page. */
const partnerPage = (endpoint: string) => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Partnerportal</title></head>
<body><main><h1>Partnerportal</h1><output id="post">…</output><output id="get">…</output></main>
<script type="module">
  const query = '{ News(limit: 2, sort: "-publishedAt") { docs { title } } }'
  const report = (id, promise) => promise
    .then(async (response) => { document.getElementById(id).textContent = 'ok ' + (await response.json()).data.News.docs.length })
    .catch((error) => { document.getElementById(id).textContent = 'blocked ' + error.name })
  report('post', fetch(${JSON.stringify(endpoint)}, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }))
  report('get', fetch(${JSON.stringify(endpoint)} + '?query=' + encodeURIComponent(query)))
</script></body></html>`

beforeAll(async () => {
  const html = partnerPage(`${process.env.CMS_URL}/api/graphql`)
  server = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html))
  await new Promise<void>((resolve) => server.listen(port(), '0.0.0.0', resolve))
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
})

async function outcomes(origin: string) {
  const page = await browser.newPage()
  await page.goto(`${origin}/`)
  await page.waitForFunction(() => [...document.querySelectorAll('output')].every((output) => output.textContent !== '…'), undefined, { timeout: 15_000 })
  const result = { post: await page.textContent('#post'), get: await page.textContent('#get') }
  await page.close()
  return result
}

it('lets a page from an allowlisted origin read the API (preflighted POST and GET)', async () => {
  expect(await outcomes(`http://127.0.0.1:${port()}`)).toEqual({ post: 'ok 2', get: 'ok 2' })
})

it('blocks the same page from an origin not on the list', async () => {
  expect(await outcomes(`http://localhost:${port()}`)).toEqual({ post: 'blocked TypeError', get: 'blocked TypeError' })
})
