import type { Metadata } from 'next'

import { collectionPath } from '@impulsregion/publishing'

import { Notice } from '@/components/Notice'
import { Pagination } from '@/components/Pagination'
import { ProjectFilters } from '@/components/ProjectFilters'
import { ProjectList } from '@/components/ProjectList'
import { projectList } from '@/lib/content/projects'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { projectListQuery } from '@/lib/projectFilters'
import { routeLocale } from '@/lib/route'

import styles from './page.module.css'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// Reads the query string (page, filters, search term): rendered per request, unlike the content pages.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params)
  return pageMetadata({ locale, path: collectionPath('projects'), title: t(locale).projects.title })
}

export default async function ProjectsPage({ params, searchParams }: Props) {
  const locale = await routeLocale(params)
  const dictionary = t(locale)
  const labels = dictionary.projects
  const list = await projectList(locale, await searchParams, labels)
  if (!list) return <Notice title={dictionary.unavailable.title} text={dictionary.unavailable.text} />
  const { state, page, totalPages, projects, translated } = list

  return (
    <>
      <h1 id="seitentitel">{labels.title}</h1>
      <ProjectFilters action={collectionPath('projects', locale)} state={state} labels={labels} options={list.filterOptions} />
      <p role="status" className={styles.count}>
        {labels.count(list.totalDocs)}
      </p>
      {projects.length ? <ProjectList projects={projects} locale={locale} labels={labels} translated={translated} labelledBy="seitentitel" /> : <p>{labels.none}</p>}
      <Pagination current={page} total={totalPages} href={(target) => `${collectionPath('projects', locale)}${projectListQuery(state, target)}`} labels={dictionary.pagination} />
    </>
  )
}
