import { documentPath } from '@impulsregion/publishing/routes'

import { SiteLink } from '@/components/SiteLink'
import type { NewsTeaserFragment } from '@/graphql/generated'
import { formatDate, type Locale } from '@/lib/format'
import { itemLang } from '@/lib/fallback'

export function NewsList({ items, locale, translated, headingLevel = 2 }: { items: NewsTeaserFragment[]; locale: Locale; translated?: Set<string>; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const
  return (
    <ul className="news">
      {items.map((item) => (
        <li key={item.id}>
          <article>
            <Heading lang={itemLang(locale, item.slug, translated)}>
              <SiteLink href={documentPath('news', item.slug ?? '', locale)}>{item.title}</SiteLink>
            </Heading>
            {item.publishedAt && <time dateTime={item.publishedAt}>{formatDate(item.publishedAt, locale)}</time>}
            {item.teaser && <p lang={itemLang(locale, item.slug, translated)}>{item.teaser}</p>}
          </article>
        </li>
      ))}
    </ul>
  )
}
