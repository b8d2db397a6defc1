import { documentPath } from '@impulsregion/publishing/routes'

import { CmsImage, isShowableImage } from '@/components/CmsImage'
import type { NewsCardFragment } from '@/graphql/generated'
import { itemLang } from '@/lib/fallback'
import { formatDate, type Locale } from '@/lib/format'

import { CARD_IMAGE_SIZES, Card, Pictogram } from './Card'
import { NewsIcon } from './CategoryIcon'

export function NewsCard({ item, locale, translated, headingLevel }: { item: NewsCardFragment; locale: Locale; translated?: Set<string>; headingLevel: 2 | 3 }) {
  return (
    <Card
      href={documentPath('news', item.slug ?? '', locale)}
      title={item.title ?? ''}
      lang={itemLang(locale, item.slug, translated)}
      headingLevel={headingLevel}
      meta={item.publishedAt && <time dateTime={item.publishedAt}>{formatDate(item.publishedAt, locale)}</time>}
      media={
        isShowableImage(item.image) ? (
          <CmsImage image={item.image} sizes={CARD_IMAGE_SIZES} />
        ) : (
          <Pictogram name="news" tone="accent">
            <NewsIcon />
          </Pictogram>
        )
      }
    >
      {item.teaser && <p lang={itemLang(locale, item.slug, translated)}>{item.teaser}</p>}
    </Card>
  )
}
