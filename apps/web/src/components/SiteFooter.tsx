import { documentPath } from '@impulsregion/publishing/routes'

import { SiteLink } from '@/components/SiteLink'
import type { LayoutQuery } from '@/graphql/generated'
import type { Locale } from '@/lib/format'
import type { Dictionary } from '@/lib/i18n'

import { MenuLinks } from './MenuLinks'

const LEGAL_PAGES = [
  ['kontakt', 'kontakt'],
  ['impressum', 'impressum'],
  ['datenschutz', 'datenschutz'],
  ['barrierefreiheit', 'barrierefreiheit'],
  ['leichte-sprache', 'leichteSprache'],
] as const

type Props = {
  site: LayoutQuery['Site']
  items: NonNullable<NonNullable<LayoutQuery['Navigation']>['footer']>
  locale: Locale
  dictionary: Dictionary
  translatedLabels?: Set<string>
}

/** Footer menu from the CMS plus the legal pages, which every page must link. */
export function SiteFooter({ site, items, locale, dictionary, translatedLabels }: Props) {
  return (
    <footer className="site-footer">
      <div className="page-width">
        <p className="brand">{site?.name ?? 'Die Impulsregion e.V.'}</p>
        {site?.claim && <p>{site.claim}</p>}
        <nav aria-label={dictionary.footerNavigation}>
          <ul>
            <MenuLinks items={items} locale={locale} translated={translatedLabels} />
            {LEGAL_PAGES.map(([slug, key]) => (
              <li key={slug}>
                <SiteLink href={documentPath('pages', slug, locale)}>{dictionary.legal[key]}</SiteLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  )
}
