/**
 * Runs once when a server starts (`next start`, the standalone server, `next dev`), whatever
 * launched it: a deployment with an unsafe secret or without its public address stops here, before
 * the first login could be signed with it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { refuseUnsafeDeployment } = await import('./lib/deploymentCheck')
  refuseUnsafeDeployment()
}
