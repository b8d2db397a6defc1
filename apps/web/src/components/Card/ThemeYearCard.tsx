import { documentPath } from '@impulsregion/publishing/routes'

import type { Locale } from '@/lib/format'
import type { Dictionary } from '@/lib/i18n'

import { Card } from './Card'
import styles from './Card.module.css'

type ThemeYear = { slug?: string | null; title?: string | null; year?: number | null; projects?: { totalDocs?: number | null } | null }

/** A theme year's card under a band with its year, large; the year is in the card's text as well. */
export function ThemeYearCard({ year, locale, labels, headingLevel }: { year: ThemeYear; locale: Locale; labels: Dictionary['projects']; headingLevel: 2 | 3 }) {
  return (
    <Card
      href={documentPath('theme-years', year.slug ?? '', locale)}
      title={year.title ?? ''}
      headingLevel={headingLevel}
      meta={[year.year, year.projects?.totalDocs ? labels.count(year.projects.totalDocs) : undefined].filter(Boolean).join(' · ')}
      media={
        year.year && (
          <p className={styles.yearBand} aria-hidden="true">
            {year.year}
          </p>
        )
      }
    />
  )
}
