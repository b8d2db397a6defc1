import { isDeployment } from '@impulsregion/publishing'

const MIN_SECRET_LENGTH = 32

/**
 * Example values in documentation are words (change-me, beispiel-geheimnis …); a secret made by
 * `openssl rand -hex 32` or a password manager is not. A value an attacker can read in our docs or
 * in Payload's templates signs logins that anyone can forge.
 */
const EXAMPLE_WORDS = /change|example|beispiel|secret|geheim|placeholder|impulsregion|payload/i

const HOW_TO = 'Bitte einen eigenen, zufälligen Wert mit mindestens 32 Zeichen setzen, z. B. erzeugt mit `openssl rand -hex 32`.'

/** Why PAYLOAD_SECRET must not sign logins of a deployment, in German; undefined when it may. */
export function payloadSecretProblem(secret: string | undefined): string | undefined {
  if (!secret) return `PAYLOAD_SECRET fehlt. ${HOW_TO}`
  if (secret.length < MIN_SECRET_LENGTH) return `PAYLOAD_SECRET ist zu kurz (${secret.length} Zeichen). ${HOW_TO}`
  if (EXAMPLE_WORDS.test(secret)) return `PAYLOAD_SECRET ist ein Beispielwert, wie er in Anleitungen steht. ${HOW_TO}`
  return undefined
}

/**
 * What a deployment (production build with a real SITE_URL) lacks to run safely, in German. The
 * public address is needed for Payload's CSRF allowlist: without it Payload accepts the admin's
 * login cookie from any origin.
 */
export function deploymentProblems(): string[] {
  if (!isDeployment()) return []
  const problems: string[] = []
  const secretProblem = payloadSecretProblem(process.env.PAYLOAD_SECRET)
  if (secretProblem) problems.push(secretProblem)
  if (!process.env.CMS_PUBLIC_URL)
    problems.push(
      'CMS_PUBLIC_URL fehlt: die öffentliche Adresse des CMS, z. B. https://cms.impulsregion.de. Nur von dort gesendete Änderungen werden mit der Anmeldung im Admin angenommen (CSRF-Schutz).',
    )
  return problems
}

/** Ends the process before it serves anything when the deployment is not safe to run. */
export function refuseUnsafeDeployment() {
  const problems = deploymentProblems()
  if (problems.length === 0) return
  console.error(['Das CMS startet nicht:', ...problems.map((problem) => `- ${problem}`)].join('\n'))
  process.exit(1)
}
