import { notFound } from 'next/navigation'
import { cache } from 'react'

import { cacheTags } from '@impulsregion/publishing'

import { ProjectDetailDocument, ProjectFilterOptionsDocument, ProjectListDocument, RelatedProjectsDocument } from '@/graphql/generated'

import { cmsDocumentQuery, cmsQuery } from '../cms'
import { itemLang, translatedSlugs } from '../fallback'
import type { Locale } from '../format'
import type { Dictionary } from '../i18n'
import { parsePage } from '../pagination'
import { projectWhere, readProjectFilters } from '../projectFilters'
import { localeOf } from '../route'

type SearchParams = Record<string, string | string[] | undefined>

/**
 * The project list for the filters and page in the query string, with the filters' choices; null
 * when the CMS cannot be reached; not found beyond the last page.
 */
export async function projectList(locale: Locale, query: SearchParams, labels: Dictionary['projects']) {
  const state = readProjectFilters(query)
  const page = parsePage(query.seite)
  const options = await cmsQuery(ProjectFilterOptionsDocument, { locale }, { tags: [cacheTags.list('theme-years')] }).catch(() => null)
  if (!options) return null

  const categories = options.ProjectCategories?.docs ?? []
  const members = options.Members?.docs ?? []
  const themeYears = options.ThemeYears?.docs ?? []
  const where = projectWhere(state, { categories, themeYears, memberIds: members.map((member) => member.id) })
  const list = await cmsQuery(ProjectListDocument, { where, locale, page }, { tags: [cacheTags.list('projects')] })
  const projects = list.Projects?.docs ?? []
  const totalPages = list.Projects?.totalPages ?? 1
  if (page > 1 && page > totalPages) notFound()
  const translated = await translatedSlugs(
    'projects',
    locale,
    projects.map((project) => project.slug),
  )
  return {
    state,
    page,
    totalPages,
    totalDocs: list.Projects?.totalDocs ?? projects.length,
    projects,
    translated,
    filterOptions: {
      category: categories.map((category) => ({ value: category.slug ?? '', label: category.title ?? '' })),
      member: members.map((member) => ({ value: String(member.id), label: member.name })),
      themeYear: themeYears.map((year) => ({ value: String(year.year), label: `${year.title} (${year.year})` })),
      status: [
        { value: 'laufend', label: labels.ongoing },
        { value: 'abgeschlossen', label: labels.completed },
      ],
    },
  }
}

/**
 * A project (in preview its latest draft) with the language its text is in; not found when there
 * is none. React's cache: generateMetadata and the page share one set of CMS requests per render.
 */
export const project = cache(async (lang: string, slug: string) => {
  const locale = localeOf(lang)
  const data = await cmsDocumentQuery(ProjectDetailDocument, { slug, locale }, [cacheTags.document('projects', slug), cacheTags.list('theme-years')])
  const project = data.Projects?.docs[0]
  if (!project) notFound()
  return { locale, project, lang: itemLang(locale, slug, await translatedSlugs('projects', locale, [slug])) }
})

type Project = Awaited<ReturnType<typeof project>>['project']

/** Up to five other projects of the project's category, with how many there are in all. */
export async function relatedProjects(project: Project, locale: Locale) {
  if (!project.category?.id || !project.slug) return { projects: [], total: 0 }
  const data = await cmsQuery(RelatedProjectsDocument, { category: project.category.id, slug: project.slug, locale }, { tags: [cacheTags.list('projects')] })
  return { projects: data.Projects?.docs ?? [], total: data.Projects?.totalDocs ?? 0 }
}
