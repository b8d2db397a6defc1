import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { cacheTags } from '@impulsregion/publishing'

import { Notice } from '@/components/Notice'
import { Pagination } from '@/components/Pagination'
import { ProjectFilters } from '@/components/ProjectFilters'
import { ProjectList } from '@/components/ProjectList'
import { ProjectFilterOptionsDocument, ProjectListDocument } from '@/graphql/generated'
import { cmsQuery } from '@/lib/cms'
import { translatedSlugs } from '@/lib/fallback'
import { localePath, t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { parsePage } from '@/lib/pagination'
import { projectListQuery, projectWhere, readProjectFilters } from '@/lib/projectFilters'
import { routeLocale } from '@/lib/route'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// Reads the query string (page, filters, search term): rendered per request, unlike the content pages.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  return pageMetadata({ locale, path: '/projekte', title: t(locale).projects.title })
}

export default async function ProjectsPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const dictionary = t(locale)
  const labels = dictionary.projects
  const query = await searchParams
  const state = readProjectFilters(query)
  const page = parsePage(query.seite)
  const options = await cmsQuery(ProjectFilterOptionsDocument, { locale }, { tags: [cacheTags.list('theme-years')] }).catch(() => null)
  if (!options) return <Notice title={dictionary.unavailable.title} text={dictionary.unavailable.text} />

  const categories = options.ProjectCategories?.docs ?? []
  const members = options.Members?.docs ?? []
  const themeYears = options.ThemeYears?.docs ?? []
  const where = projectWhere(state, { categories, themeYears, memberIds: members.map((member) => member.id) })
  const list = await cmsQuery(ProjectListDocument, { where, locale, page }, { tags: [cacheTags.list('projects')] })
  const projects = list.Projects?.docs ?? []
  const totalPages = list.Projects?.totalPages ?? 1
  if (page > 1 && page > totalPages) notFound()
  const translated = await translatedSlugs('projects', locale, projects.map((project) => project.slug))

  return (
    <>
      <h1>{labels.title}</h1>
      <ProjectFilters
        action={localePath(locale, '/projekte')}
        state={state}
        labels={labels}
        options={{
          category: categories.map((category) => ({ value: category.slug ?? '', label: category.title ?? '' })),
          member: members.map((member) => ({ value: String(member.id), label: member.name })),
          themeYear: themeYears.map((year) => ({ value: String(year.year), label: `${year.title} (${year.year})` })),
          status: [
            { value: 'laufend', label: labels.ongoing },
            { value: 'abgeschlossen', label: labels.completed },
          ],
        }}
      />
      <p role="status" className="meta">
        {labels.count(list.Projects?.totalDocs ?? projects.length)}
      </p>
      {projects.length ? <ProjectList projects={projects} locale={locale} labels={labels} translated={translated} /> : <p>{labels.none}</p>}
      <Pagination current={page} total={totalPages} href={(target) => localePath(locale, `/projekte${projectListQuery(state, target)}`)} labels={dictionary.pagination} />
    </>
  )
}
