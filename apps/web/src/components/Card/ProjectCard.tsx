import { documentPath } from '@impulsregion/publishing/routes'

import { CmsImage, isShowableImage } from '@/components/CmsImage'
import type { ProjectTeaserFragment } from '@/graphql/generated'
import { itemLang } from '@/lib/fallback'
import type { Locale } from '@/lib/format'
import type { Dictionary } from '@/lib/i18n'

import { CARD_IMAGE_SIZES, Card, Pictogram } from './Card'
import { CategoryIcon } from './CategoryIcon'

type Props = { project: ProjectTeaserFragment; locale: Locale; labels: Dictionary['projects']; translated?: Set<string>; headingLevel: 2 | 3 }

/** A project's card: its image or, without one, its category's pictogram (a project without a category: the region's). */
export function ProjectCard({ project, locale, labels, translated, headingLevel }: Props) {
  const icon = project.category?.icon ?? 'region'
  return (
    <Card
      href={documentPath('projects', project.slug ?? '', locale)}
      title={project.title ?? ''}
      lang={itemLang(locale, project.slug, translated)}
      headingLevel={headingLevel}
      meta={[project.category?.title, project.projectStatus ? labels[project.projectStatus] : undefined].filter(Boolean).join(' · ')}
      media={
        isShowableImage(project.image) ? (
          <CmsImage image={project.image} sizes={CARD_IMAGE_SIZES} />
        ) : (
          <Pictogram name={icon}>
            <CategoryIcon icon={icon} />
          </Pictogram>
        )
      }
    >
      {project.summary && <p lang={itemLang(locale, project.slug, translated)}>{project.summary}</p>}
    </Card>
  )
}
