import { documentPath } from '@impulsregion/publishing/routes'

import { SiteLink } from '@/components/SiteLink'
import type { ProjectTeaserFragment } from '@/graphql/generated'
import type { Locale } from '@/lib/format'
import { itemLang } from '@/lib/fallback'
import type { Dictionary } from '@/lib/i18n'

export function ProjectList({
  projects,
  locale,
  labels,
  translated,
  headingLevel = 2,
}: {
  projects: ProjectTeaserFragment[]
  locale: Locale
  labels: Dictionary['projects']
  translated?: Set<string>
  headingLevel?: 2 | 3
}) {
  const Heading = `h${headingLevel}` as const
  return (
    <ul className="cards projects">
      {projects.map((project) => (
        <li key={project.id} className="card">
          <Heading lang={itemLang(locale, project.slug, translated)}>
            <SiteLink href={documentPath('projects', project.slug ?? '', locale)}>{project.title}</SiteLink>
          </Heading>
          <p className="meta">{[project.category?.title, project.projectStatus ? labels[project.projectStatus] : undefined].filter(Boolean).join(' · ')}</p>
          {project.summary && <p lang={itemLang(locale, project.slug, translated)}>{project.summary}</p>}
        </li>
      ))}
    </ul>
  )
}
