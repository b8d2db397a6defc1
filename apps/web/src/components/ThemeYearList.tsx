import type { Locale } from '@/lib/format'
import type { Dictionary } from '@/lib/i18n'

import { CardGrid } from './Card/Card'
import { ThemeYearCard } from './Card/ThemeYearCard'

type ThemeYear = { id: number; slug?: string | null; title?: string | null; year?: number | null; projects?: { totalDocs?: number | null } | null }

/** Theme years as cards, the newest first as the CMS sorts them. */
export function ThemeYearList({
  themeYears,
  locale,
  labels,
  headingLevel = 2,
  labelledBy,
}: {
  themeYears: ThemeYear[]
  locale: Locale
  labels: Dictionary['projects']
  headingLevel?: 2 | 3
  labelledBy?: string
}) {
  return (
    <CardGrid labelledBy={labelledBy}>
      {themeYears.map((year) => (
        <li key={year.id}>
          <ThemeYearCard year={year} locale={locale} labels={labels} headingLevel={headingLevel} />
        </li>
      ))}
    </CardGrid>
  )
}
