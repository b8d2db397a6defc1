import type { ProjectTeaserFragment } from '@/graphql/generated'
import type { Locale } from '@/lib/format'
import type { Dictionary } from '@/lib/i18n'

import { CardGrid } from './Card/Card'
import { ProjectCard } from './Card/ProjectCard'

/** Projects as cards; `labelledBy` names the list after the heading above it. */
export function ProjectList({
  projects,
  locale,
  labels,
  translated,
  headingLevel = 2,
  labelledBy,
}: {
  projects: ProjectTeaserFragment[]
  locale: Locale
  labels: Dictionary['projects']
  translated?: Set<string>
  headingLevel?: 2 | 3
  labelledBy?: string
}) {
  return (
    <CardGrid labelledBy={labelledBy}>
      {projects.map((project) => (
        <li key={project.id}>
          <ProjectCard project={project} locale={locale} labels={labels} translated={translated} headingLevel={headingLevel} />
        </li>
      ))}
    </CardGrid>
  )
}
