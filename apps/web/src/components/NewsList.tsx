import type { NewsCardFragment } from '@/graphql/generated'
import type { Locale } from '@/lib/format'

import { CardGrid } from './Card/Card'
import { NewsCard } from './Card/NewsCard'

/** News as cards; `labelledBy` names the list after the heading above it. */
export function NewsList({
  items,
  locale,
  translated,
  headingLevel = 2,
  labelledBy,
}: {
  items: NewsCardFragment[]
  locale: Locale
  translated?: Set<string>
  headingLevel?: 2 | 3
  labelledBy?: string
}) {
  return (
    <CardGrid labelledBy={labelledBy}>
      {items.map((item) => (
        <li key={item.id}>
          <NewsCard item={item} locale={locale} translated={translated} headingLevel={headingLevel} />
        </li>
      ))}
    </CardGrid>
  )
}
