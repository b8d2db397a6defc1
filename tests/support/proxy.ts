import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { findFreePort } from '@impulsregion/embedded-db'

import { repoRoot } from './processes'

export type Proxy = { url: string; child: ChildProcess; output: () => string; stop: () => Promise<void> }

/**
 * Fills in a template of the official nginx image as its entrypoint does (envsubst restricted to
 * the given names), so the file in deploy/ is used here exactly as in production.
 */
export function renderNginxTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{([A-Z0-9_]+)\}/g, (whole, name: string) => values[name] ?? whole)
}

/**
 * deploy/nginx/site.conf.template in front of the site at `upstream` (host:port), on a free port,
 * with its files in a temporary folder. The nginx binary comes from scripts/ensure-nginx.sh.
 */
export async function startSiteProxy(upstream: string): Promise<Proxy> {
  const nginx = execFileSync('bash', [path.join(repoRoot, 'scripts/ensure-nginx.sh')], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop()!
  const folder = mkdtempSync(path.join(os.tmpdir(), 'impulsregion-nginx-'))
  // As root, nginx's workers run as `nobody` and must write its cache.
  chmodSync(folder, 0o777)
  for (const sub of ['cache', 'temp']) mkdirSync(path.join(folder, sub), { mode: 0o777 })
  const port = await findFreePort()
  const site = renderNginxTemplate(readFileSync(path.join(repoRoot, 'deploy/nginx/site.conf.template'), 'utf8'), {
    WEB_UPSTREAM: upstream,
    NGINX_LISTEN: `127.0.0.1:${port}`,
    NGINX_CACHE_DIR: path.join(folder, 'cache'),
  })
  writeFileSync(path.join(folder, 'site.conf'), site)
  writeFileSync(
    path.join(folder, 'nginx.conf'),
    `daemon off;
worker_processes auto;
pid ${folder}/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/octet-stream;
  client_body_temp_path ${folder}/temp/body;
  proxy_temp_path ${folder}/temp/proxy;
  fastcgi_temp_path ${folder}/temp/fastcgi;
  uwsgi_temp_path ${folder}/temp/uwsgi;
  scgi_temp_path ${folder}/temp/scgi;
  include ${folder}/site.conf;
}
`,
  )
  const child = spawn(nginx, ['-p', folder, '-c', path.join(folder, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stdout?.on('data', (chunk) => (log += chunk))
  child.stderr?.on('data', (chunk) => (log += chunk))
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      // QUIT: nginx finishes the requests in flight, then exits.
      child.kill('SIGQUIT')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000).unref())])
      if (child.exitCode === null) child.kill('SIGKILL')
    }
    rmSync(folder, { recursive: true, force: true })
  }
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline && child.exitCode === null) {
    // Any answer means nginx listens (the site behind it may still be starting).
    if (
      await fetch(`${url}/_next/static/nginx-ready`).then(
        () => true,
        () => false,
      )
    )
      return { url, child, output: () => log, stop }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await stop()
  throw new Error(`nginx did not start:\n${log}`)
}
