import { connect, createServer, type Socket } from 'node:net'

import { findFreePort } from '@impulsregion/embedded-db'

export type Link = {
  /** `host:port` of the link, to give a server instead of the target's. */
  host: string
  url: string
  /** Ends every connection and refuses new ones: the target is gone for whoever uses the link. */
  cut: () => void
}

/**
 * A TCP connection to `target` that a test can cut (the CMS or the site "goes down" for one
 * client while it keeps running for the others), optionally holding every answer back by
 * `delayMs` so that a request is surely in flight.
 */
export async function openLink(target: URL, { delayMs = 0 } = {}): Promise<Link> {
  const sockets = new Set<Socket>()
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname)
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('error', () => undefined).on('close', () => sockets.delete(socket))
    }
    client.pipe(upstream)
    if (delayMs === 0) upstream.pipe(client)
    else {
      upstream.on('data', (chunk) => setTimeout(() => client.write(chunk), delayMs))
      upstream.on('end', () => setTimeout(() => client.end(), delayMs))
    }
  })
  const port = await findFreePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    cut: () => {
      server.close()
      for (const socket of sockets) socket.destroy()
    },
  }
}
