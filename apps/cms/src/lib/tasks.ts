import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { dataDir, uploadDir } from './paths'

export const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const require = createRequire(import.meta.url)

/**
 * Runs src/scripts/tasks/<name>.ts in its own Node process with the current environment.
 * Tasks import the Payload config statically: importing it dynamically after setting the
 * environment made 1 in 15 runs exit 0 silently or hang (measured; see docs/internals.md).
 */
export function startTask(name: string, args: string[] = []): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(cmsDir, 'src/scripts/tasks', `${name}.ts`), ...args], {
    cwd: cmsDir,
    // Jobs (scheduled publishing) run in the CMS server, not in short-lived tasks.
    env: { ...process.env, JOBS_AUTORUN: 'false' },
    stdio: 'inherit',
  })
}

export function startNext(args: string[]): ChildProcess {
  return spawn(process.execPath, [require.resolve('next/dist/bin/next'), ...args], { cwd: cmsDir, env: process.env, stdio: 'inherit' })
}

/**
 * The built CMS as production runs it: Next's traced standalone server (scripts/standalone.mjs).
 * That server changes into its own folder, so the data folders are handed over as absolute paths.
 */
export function startStandalone(port: string): ChildProcess {
  const env = { ...process.env, CMS_DATA_DIR: dataDir(), UPLOAD_DIR: uploadDir() }
  return spawn(process.execPath, [path.join(cmsDir, '../../scripts/standalone.mjs'), 'start', port], { cwd: cmsDir, env, stdio: 'inherit' })
}

export const exitCode = (child: ChildProcess) =>
  new Promise<number>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode)
    else child.once('exit', (code) => resolve(code ?? 1))
  })
