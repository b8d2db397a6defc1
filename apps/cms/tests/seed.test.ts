/**
 * The seed writes the facts of shared/seeds/ and is idempotent. The test database was seeded by
 * the first-start path (the prepare task) in the global setup; a second database proves the
 * `npm run seed` script on its own.
 */
import type { Payload } from 'payload'

import pg from 'pg'

import { repoRoot, runNode } from '../../../tests/support/processes'
import { ASSOCIATION_MEMBERS } from '../../../tests/support/sourceFacts'
import { seed } from '../src/seed'
import { testPayload } from './support'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

describe('seeded content', () => {
  it('has the eight association members in order', async () => {
    // Other test files add members of their own; the seeded ones are found by name (unique).
    const { docs } = await payload.find({ collection: 'members', where: { name: { in: ASSOCIATION_MEMBERS } }, limit: 100, sort: 'order' })
    expect(docs.map((member) => member.name)).toEqual(ASSOCIATION_MEMBERS)
    expect(docs.filter((member) => member.kind === 'publicAuthority').map((member) => member.shortName)).toEqual(['Erfurt', 'Jena', 'Weimar', 'Weimarer Land'])
  })

  it('has the board of 2024 with Peter Kleine as chair', async () => {
    const { docs } = await payload.find({
      collection: 'board-roles',
      where: { and: [{ 'term.from': { less_than_equal: '2024-12-31' } }, { 'term.to': { greater_than_equal: '2024-01-01' } }] },
      depth: 1,
      limit: 20,
    })
    const byFunction = (fn: string) =>
      docs
        .filter((role) => role.function === fn)
        .map((role) => role.personName)
        .sort()
    expect(byFunction('chair')).toEqual(['Peter Kleine'])
    expect(byFunction('deputyChair')).toEqual(['Christiane Schmidt-Rose'])
    expect(byFunction('member')).toEqual(['Andreas Bausewein', 'Dr. Thomas Nitzsche'])
    const chair = docs.find((role) => role.function === 'chair')!
    expect(chair.office).toBe('Oberbürgermeister der Stadt Weimar')
    expect(typeof chair.member === 'object' && chair.member.name).toBe('Stadt Weimar')
  })

  it('has the history milestones with their dates', async () => {
    const { docs } = await payload.find({ collection: 'pages', where: { slug: { equals: 'geschichte' } } })
    const timeline = docs[0]?.layout?.find((block) => block.blockType === 'timeline')
    expect(timeline && 'milestones' in timeline).toBe(true)
    const dates = (timeline as { milestones: { date: string; precision: string }[] }).milestones.map(({ date, precision }) => [date.slice(0, 10), precision])
    expect(dates).toEqual(
      expect.arrayContaining([
        ['1999-01-01', 'year'],
        ['2003-01-01', 'year'],
        ['2004-06-23', 'day'],
        ['2016-12-05', 'day'],
      ]),
    )
  })

  it('has the goals, the news of 2024, the projects and the theme years', async () => {
    const goals = await payload.find({ collection: 'pages', where: { slug: { equals: 'ziele' } } })
    expect(JSON.stringify(goals.docs[0]?.layout)).toContain('Wachstumsmotor Thüringens')

    const newsOf2024 = [
      'neues-corporate-design-und-neuer-internetauftritt',
      '20-jahre-impulsregion-eine-erfolgsgeschichte-interkommunaler-zusammenarbeit',
      'regionalkonzept-der-impulsregion-wird-fortgeschrieben',
      'wechsel-in-der-geschaeftsstelle',
    ]
    const news = await payload.find({ collection: 'news', where: { slug: { in: newsOf2024 } }, sort: 'publishedAt', limit: 10 })
    expect(news.docs.map((item) => item.slug)).toEqual(newsOf2024)

    const categorySlugs = ['mobilitaet', 'kultur', 'wissenschaft', 'wirtschaft-und-fachkraefte', 'tourismus', 'sport']
    const categories = await payload.find({ collection: 'project-categories', where: { slug: { in: categorySlugs } }, sort: 'order' })
    expect(categories.docs.map((category) => category.title)).toEqual(['Mobilität', 'Kultur', 'Wissenschaft', 'Wirtschaft & Fachkräfte', 'Tourismus', 'Sport'])

    const year1999 = await payload.find({ collection: 'theme-years', where: { year: { equals: 1999 } }, depth: 1 })
    const projects = (year1999.docs[0]?.projects?.docs ?? []).map((project) => (typeof project === 'object' ? project.title : project))
    expect(projects.sort()).toEqual(['Kulturkalender 1999', 'Regiomobil-Ticket'])

    const mint = await payload.find({ collection: 'projects', where: { slug: { equals: 'mint-festival' } }, depth: 1 })
    expect(mint.docs[0]?.category && typeof mint.docs[0].category === 'object' && mint.docs[0].category.title).toBe('Wissenschaft')
  })

  it('fills the site global and the header navigation', async () => {
    const site = await payload.findGlobal({ slug: 'site' })
    expect(site).toMatchObject({ name: 'Die Impulsregion e.V.', claim: 'Vier starke Partner für eine starke Region' })
    const navigation = await payload.findGlobal({ slug: 'navigation' })
    expect(navigation.header?.map((item) => item.label)).toEqual(['Aktuelles', 'Projekte', 'Themenjahre', 'Verein', 'Geschichte', 'Ziele'])
  })
})

describe('idempotence', () => {
  it('a second run in the same database creates nothing', async () => {
    const collections = ['members', 'board-roles', 'project-categories', 'theme-years', 'projects', 'news', 'events', 'pages', 'users'] as const
    const countAll = () => Promise.all(collections.map((collection) => payload.count({ collection }).then(({ totalDocs }) => totalDocs)))
    const before = await countAll()
    const report = await seed(payload)
    for (const [collection, { created, existing }] of Object.entries(report)) {
      expect({ collection, created }).toEqual({ collection, created: 0 })
      expect(existing).toBeGreaterThan(0)
    }
    expect(await countAll()).toEqual(before)
  })

  it('`npm run seed` fills a new database and creates no duplicates when run again', async () => {
    const admin = new pg.Client({ connectionString: process.env.TEST_PG_ADMIN_URI })
    await admin.connect()
    await admin.query('DROP DATABASE IF EXISTS seed_twice')
    await admin.query('CREATE DATABASE seed_twice')
    await admin.end()
    const databaseUri = process.env.TEST_PG_ADMIN_URI!.replace(/\/postgres$/, '/seed_twice')

    const run = () => runNode(['--import', 'tsx', 'apps/cms/src/scripts/with-database.ts', 'seed'], { cwd: repoRoot, env: { DATABASE_URI: databaseUri } })
    const first = await run()
    expect(first).toMatchObject({ code: 0 })
    expect(first.output).toContain('members: 8 angelegt, 0 bereits vorhanden')
    expect(first.output).toContain('news: 4 angelegt, 0 bereits vorhanden')
    const second = await run()
    expect(second).toMatchObject({ code: 0 })
    expect(second.output).toContain('members: 0 angelegt, 8 bereits vorhanden')
    expect(second.output).toContain('projects: 0 angelegt, 15 bereits vorhanden')

    const client = new pg.Client({ connectionString: databaseUri })
    await client.connect()
    const { rows } = await client.query<{ members: string; news: string; users: string }>(
      'SELECT (SELECT count(*) FROM members) AS members, (SELECT count(*) FROM news) AS news, (SELECT count(*) FROM users) AS users',
    )
    await client.end()
    expect(rows[0]).toEqual({ members: '8', news: '4', users: '1' })
  })
})
