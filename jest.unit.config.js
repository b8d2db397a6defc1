/**
 * The fast lane (`npm run test:unit`): the tests named *.unit.test.ts(x), which need no build, no
 * database and no running server. Same projects and transform as jest.config.js, without its
 * globalSetup; `npm test` runs these files too.
 */
import full from './jest.config.js'

export default {
  testTimeout: 30_000,
  projects: full.projects.map(({ testMatch, ...project }) => ({ ...project, testMatch: testMatch.map((pattern) => pattern.replace(/\*\.test\./, '*.unit.test.')) })),
}
