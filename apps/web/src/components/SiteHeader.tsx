import { localePath, sitePaths } from '@impulsregion/publishing/routes'

import { SiteLink } from '@/components/SiteLink'
import type { LayoutQuery } from '@/graphql/generated'
import type { Locale } from '@/lib/format'
import type { Dictionary } from '@/lib/i18n'

import { LanguageLink } from './LanguageLink'
import { MenuLinks } from './MenuLinks'
import { SearchForm } from './SearchForm'

type Props = {
  site: LayoutQuery['Site']
  items: NonNullable<NonNullable<LayoutQuery['Navigation']>['header']>
  locale: Locale
  dictionary: Dictionary
  translatedLabels?: Set<string>
}

/** The main menu as plain links: keyboard- and screen-reader-operable without any script. */
export function SiteHeader({ site, items, locale, dictionary, translatedLabels }: Props) {
  return (
    <header className="site-header">
      <div className="page-width">
        <SiteLink href={localePath(locale, sitePaths.home)} className="brand">
          {site?.name ?? 'Die Impulsregion e.V.'}
        </SiteLink>
        <nav aria-label={dictionary.mainNavigation}>
          <ul>
            <MenuLinks items={items} locale={locale} translated={translatedLabels} />
          </ul>
        </nav>
        <SearchForm action={localePath(locale, sitePaths.search)} labels={dictionary.search} id="suche-kopf" />
        <LanguageLink locale={locale} label={dictionary.languageSwitchLabel}>
          {dictionary.languageSwitch}
        </LanguageLink>
      </div>
    </header>
  )
}
