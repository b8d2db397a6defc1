import type { CollectionSlug, Payload, Where } from 'payload'

import { collectionPath } from '@impulsregion/publishing'

import { slugify } from '../lib/slugify'
import {
  associationText,
  board2024,
  boardTerm,
  categories,
  categoryIcons,
  events,
  FOUNDING_PARTNERS,
  goalsText,
  historyText,
  members,
  milestones,
  news,
  projects,
  servicePages,
  site,
  themeYears,
} from './content'
import { richText } from './richText'

export const DEV_ADMIN = { email: 'admin@impulsregion.local', password: 'impulsregion-dev' }

const VERSIONED: CollectionSlug[] = ['news', 'events', 'projects', 'theme-years', 'pages']

export type SeedReport = Record<string, { created: number; existing: number }>

/**
 * Writes the association's real content. Idempotent: every document is looked up by its natural
 * key first and only created when missing, so a second run creates nothing and never overwrites
 * what the Geschäftsstelle has edited since.
 */
export async function seed(payload: Payload, log: (line: string) => void = () => {}): Promise<SeedReport> {
  const report: SeedReport = {}

  async function ensure(collection: CollectionSlug, where: Where, data: Record<string, unknown>) {
    const counts = (report[collection] ??= { created: 0, existing: 0 })
    const versioned = VERSIONED.includes(collection)
    const found = await payload.find({ collection, where, limit: 1, depth: 0, draft: versioned, overrideAccess: true })
    if (found.docs[0]) {
      counts.existing += 1
      return found.docs[0].id
    }
    const doc = await payload.create({
      collection,
      locale: 'de',
      depth: 0,
      overrideAccess: true,
      data: versioned ? { ...data, _status: 'published' } : data,
    } as Parameters<Payload['create']>[0])
    counts.created += 1
    return doc.id
  }

  await seedAdmin(payload, log)

  const memberIds = new Map<string, number | string>()
  for (const [index, member] of members.entries()) {
    memberIds.set(member.name, await ensure('members', { name: { equals: member.name } }, { ...member, order: (index + 1) * 10 }))
  }
  const memberId = (name: string) => {
    const id = memberIds.get(name)
    if (id === undefined) throw new Error(`Seed refers to unknown member "${name}"`)
    return id
  }
  const founders = FOUNDING_PARTNERS.map(memberId)

  for (const role of board2024) {
    await ensure(
      'board-roles',
      { and: [{ personName: { equals: role.personName } }, { function: { equals: role.function } }, { 'term.from': { equals: boardTerm.from } }] },
      { ...role, member: memberId(role.member), term: boardTerm },
    )
  }

  const categoryIds = new Map<string, number | string>()
  for (const [index, title] of categories.entries()) {
    categoryIds.set(
      title,
      await ensure('project-categories', { slug: { equals: slugify(title) } }, { title, slug: slugify(title), icon: categoryIcons[title], order: (index + 1) * 10 }),
    )
  }

  const themeYearIds = new Map<number, number | string>()
  for (const year of themeYears) {
    const slug = slugify(year.title)
    themeYearIds.set(year.year, await ensure('theme-years', { slug: { equals: slug } }, { title: year.title, slug, year: year.year, description: richText(...year.description) }))
  }

  const projectIds = new Map<string, number | string>()
  for (const project of projects) {
    const slug = slugify(project.title)
    projectIds.set(
      project.title,
      await ensure(
        'projects',
        { slug: { equals: slug } },
        {
          title: project.title,
          slug,
          summary: project.summary,
          body: project.body ? richText(...project.body) : undefined,
          projectStatus: project.status,
          category: project.category ? categoryIds.get(project.category) : undefined,
          partners: project.partners ? project.partners.map(memberId) : founders,
          themeYear: project.themeYear ? themeYearIds.get(project.themeYear) : undefined,
          period: project.period,
        },
      ),
    )
  }
  const projectId = (title: string) => {
    const id = projectIds.get(title)
    if (id === undefined) throw new Error(`Seed refers to unknown project "${title}"`)
    return id
  }

  for (const item of news) {
    const slug = slugify(item.title)
    await ensure(
      'news',
      { slug: { equals: slug } },
      {
        title: item.title,
        slug,
        publishedAt: item.publishedAt,
        teaser: item.teaser,
        body: richText(...item.body),
        relatedProjects: item.relatedProjects?.map(projectId),
        relatedMembers: item.relatedMembers?.map(memberId),
      },
    )
  }

  for (const event of events) {
    const slug = slugify(event.title)
    await ensure(
      'events',
      { slug: { equals: slug } },
      {
        title: event.title,
        slug,
        startsAt: event.startsAt,
        allDay: true,
        eventStatus: 'planned',
        teaser: event.teaser,
        body: richText(...event.body),
        partners: event.partners.map(memberId),
      },
    )
  }

  const pages = [
    {
      title: 'Geschichte',
      intro: 'Vom Regionalen Beirat zum Kulturstadtjahr 1999 bis zum Verein „Die Impulsregion“.',
      layout: [
        { blockType: 'richText', content: richText(...historyText) },
        { blockType: 'timeline', heading: 'Meilensteine', milestones },
      ],
    },
    {
      title: 'Ziele',
      intro: 'Warum Erfurt, Jena, Weimar und das Weimarer Land zusammenarbeiten.',
      layout: [{ blockType: 'richText', content: richText(...goalsText) }],
    },
    {
      title: 'Verein',
      intro: 'Struktur, Mitglieder und Vorstand des Vereins „Die Impulsregion“.',
      layout: [
        { blockType: 'richText', content: richText(...associationText) },
        { blockType: 'memberGrid', heading: 'Vereinsmitglieder' },
        { blockType: 'boardList', heading: 'Vorstand', show: 'both' },
      ],
    },
  ]
  const pageIds = new Map<string, number | string>()
  for (const page of pages) {
    const slug = slugify(page.title)
    pageIds.set(page.title, await ensure('pages', { slug: { equals: slug } }, { ...page, slug }))
  }
  for (const page of servicePages) {
    await ensure(
      'pages',
      { slug: { equals: page.slug } },
      {
        title: page.title,
        slug: page.slug,
        intro: page.intro,
        layout: [{ blockType: 'richText', content: richText(...page.text) }],
      },
    )
  }

  await seedGlobals(payload, pageIds)

  for (const [collection, { created, existing }] of Object.entries(report)) {
    log(`  ${collection}: ${created} angelegt, ${existing} bereits vorhanden`)
  }
  return report
}

async function seedAdmin(payload: Payload, log: (line: string) => void) {
  const email = process.env.SEED_ADMIN_EMAIL || DEV_ADMIN.email
  const password = process.env.SEED_ADMIN_PASSWORD || DEV_ADMIN.password
  const existing = await payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })
  if (existing.totalDocs > 0) return
  await payload.create({ collection: 'users', data: { email, password, name: 'Administration', role: 'admin' }, overrideAccess: true })
  if (!process.env.SEED_ADMIN_PASSWORD) {
    log(
      `HINWEIS: Erster Admin-Zugang mit Entwicklungs-Standardwerten angelegt: ${email} / ${password}. ` +
        'Für echte Installationen SEED_ADMIN_EMAIL und SEED_ADMIN_PASSWORD setzen und das Passwort sofort ändern.',
    )
  } else {
    log(`Erster Admin-Zugang angelegt: ${email}`)
  }
}

/** Fills the globals only where they are still empty, so edits in the admin survive a re-seed. */
async function seedGlobals(payload: Payload, pageIds: Map<string, number | string>) {
  const current = await payload.findGlobal({ slug: 'site', depth: 0, overrideAccess: true })
  if (!current.name) {
    await payload.updateGlobal({ slug: 'site', locale: 'de', data: site, overrideAccess: true })
  }
  const navigation = await payload.findGlobal({ slug: 'navigation', depth: 0, overrideAccess: true })
  if (!navigation.header?.length) {
    await payload.updateGlobal({
      slug: 'navigation',
      locale: 'de',
      overrideAccess: true,
      data: {
        header: [
          { label: 'Aktuelles', path: collectionPath('news') },
          { label: 'Projekte', path: collectionPath('projects') },
          { label: 'Themenjahre', path: collectionPath('theme-years') },
          { label: 'Verein', page: pageIds.get('Verein') as number },
          { label: 'Geschichte', page: pageIds.get('Geschichte') as number },
          { label: 'Ziele', page: pageIds.get('Ziele') as number },
        ],
      },
    })
  }
}

/** A database counts as new when nobody has ever logged in or entered a member. */
export async function isDatabaseEmpty(payload: Payload): Promise<boolean> {
  const [users, memberCount] = await Promise.all([payload.count({ collection: 'users', overrideAccess: true }), payload.count({ collection: 'members', overrideAccess: true })])
  return users.totalDocs === 0 && memberCount.totalDocs === 0
}
