import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { AuditLog } from './collections/AuditLog'
import { BoardRoles } from './collections/BoardRoles'
import { Documents } from './collections/Documents'
import { Events } from './collections/Events'
import { Media } from './collections/Media'
import { Members } from './collections/Members'
import { News } from './collections/News'
import { Pages } from './collections/Pages'
import { ProjectCategories } from './collections/ProjectCategories'
import { Projects } from './collections/Projects'
import { ThemeYears } from './collections/ThemeYears'
import { Users } from './collections/Users'
import { Navigation } from './globals/Navigation'
import { Site } from './globals/Site'
import { withContentHooksOn } from './hooks/withContentHooks'
import { revalidateGlobal } from './hooks/revalidateSite'
import { API_LIMITS } from './api/limits'
import { apiValidationRules } from './api/graphql/validationRules'
import { cmsPublicOrigin, corsOrigins } from './lib/site'
import { migrations } from './migrations'
import { seedOnFirstStart } from './seed/firstStart'
import { redirects, redirectsGerman } from './plugins/redirects'
import { seo } from './plugins/seo'
import { objectStorage } from './plugins/storage'
import { searchQueries } from './search/graphql'
import { multipartLimits } from './uploads/limits'
import { unreadableUploadInGerman } from './uploads/unreadableForm'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET || '',
  serverURL: process.env.CMS_PUBLIC_URL || '',
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' – Impulsregion CMS' },
    // Payload's default, Gravatar, would send a hash of every editor's email address to a third
    // party on each admin page (and the admin's Content-Security-Policy allows no other host).
    avatar: 'default',
    importMap: { baseDir: dirname },
    livePreview: {
      breakpoints: [
        { name: 'mobile', label: 'Smartphone', width: 375, height: 667 },
        { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
        { name: 'desktop', label: 'Desktop', width: 1440, height: 900 },
      ],
    },
  },
  collections: [...withContentHooksOn([News, Events, Projects, ThemeYears, Pages, ProjectCategories, Members, BoardRoles, Media, Documents]), Users, AuditLog],
  globals: [Site, Navigation].map((global) => ({ ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), revalidateGlobal] } })),
  plugins: [redirects, seo, ...objectStorage()],
  editor: lexicalEditor(),
  // The admin speaks German only: the Geschäftsstelle works in German, and so do all error messages.
  i18n: { supportedLanguages: { de }, fallbackLanguage: 'de', translations: { de: redirectsGerman } },
  localization: {
    locales: [
      { code: 'de', label: 'Deutsch' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'de',
    fallback: true,
  },
  db: postgresAdapter({
    pool: {
      connectionString: process.env.DATABASE_URI || '',
      // PostgreSQL's default cost of a random read assumes spinning disks; at 1.1 (SSDs, data in
      // memory) it uses the search's trigram index instead of reading every title (docs/benchmarks.md).
      options: '-c random_page_cost=1.1',
    },
    // Schema changes go only through the committed migrations, never through dev-mode push.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
  }),
  sharp,
  // Without a limit the multipart parser would hold any request body in memory.
  upload: multipartLimits(),
  hooks: { afterError: [unreadableUploadInGerman] },
  // Partners browse the schema with their tools: it is public anyway (packages/graphql/schema.graphql).
  graphQL: {
    queries: searchQueries,
    maxComplexity: API_LIMITS.maxComplexity,
    validationRules: apiValidationRules,
    disableIntrospectionInProduction: false,
  },
  cors: corsOrigins(),
  // The admin's login cookie counts only in requests from the admin itself. Payload would add
  // serverURL on its own, but as written (a trailing slash never matches an Origin header). Local
  // runs without CMS_PUBLIC_URL keep Payload's open default; a deployment must set it.
  csrf: [cmsPublicOrigin()].filter((origin): origin is string => origin !== undefined),
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    // Generated on purpose by `npm run generate`; a test fails when the committed file is stale.
    autoGenerate: false,
  },
  jobs: {
    // Runs due jobs (scheduled publishing) inside the CMS process every few seconds. With several
    // CMS instances, set JOBS_AUTORUN=false on all but one (see docs/operations.md).
    autoRun: [{ cron: process.env.JOBS_AUTORUN_CRON || '*/5 * * * * *', queue: 'default', limit: 20 }],
    shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
  },
  telemetry: false,
  onInit: async (payload) => {
    // node-postgres emits 'error' on the pool when the server drops an idle connection (restart,
    // failover); without a listener that crashes the process. Log it; the pool reconnects itself.
    payload.db.pool?.on('error', (error) => payload.logger.warn(`PostgreSQL-Verbindung getrennt: ${error.message}`))
    await seedOnFirstStart(payload)
  },
})
