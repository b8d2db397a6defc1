import { Menu } from 'lucide'

import { localePath, sitePaths } from '@impulsregion/publishing/routes'

import { SiteLink } from '@/components/SiteLink'
import { Wordmark } from '@/components/brand/Wordmark'
import type { LayoutQuery } from '@/graphql/generated'
import { publicFileUrl } from '@/lib/files'
import type { Locale } from '@/lib/format'
import type { Dictionary } from '@/lib/i18n'

import { Icon } from './Icon'
import { LanguageLink } from './LanguageLink'
import { MenuLinks } from './MenuLinks'
import { SearchForm } from './SearchForm'
import styles from './SiteHeader.module.css'

type Props = {
  site: LayoutQuery['Site']
  items: NonNullable<NonNullable<LayoutQuery['Navigation']>['header']>
  locale: Locale
  dictionary: Dictionary
  translatedLabels?: Set<string>
}

/**
 * The brand and the menu. On phones the menu, the search and the language switch sit behind one
 * button: a native `<details>` disclosure, so it opens without any script, by keyboard (Enter,
 * Space) and announces itself as expanded or collapsed. From 64rem they stand in one row and the
 * button is gone (SiteHeader.module.css).
 */
export function SiteHeader({ site, items, locale, dictionary, translatedLabels }: Props) {
  const name = site?.name ?? 'Die Impulsregion e.V.'
  const logo = site?.logo
  const logoSrc = publicFileUrl(logo?.url)
  return (
    <header className={styles.header}>
      <div className={`page-width ${styles.bar}`}>
        <SiteLink href={localePath(locale, sitePaths.home)} className={styles.brand}>
          {logoSrc && logo?.width && logo.height ? <img src={logoSrc} alt={name} width={logo.width} height={logo.height} /> : <Wordmark name={name} />}
        </SiteLink>
        <details className={styles.menu}>
          <summary className={styles.menuButton}>
            <Icon node={Menu} strokeWidth={2.25} />
            <span>{dictionary.menu}</span>
          </summary>
          <div className={styles.panel}>
            <nav aria-label={dictionary.mainNavigation} className={styles.navigation}>
              <ul>
                <MenuLinks items={items} locale={locale} translated={translatedLabels} />
              </ul>
            </nav>
            <SearchForm action={localePath(locale, sitePaths.search)} labels={dictionary.search} id="suche-kopf" compact />
            <LanguageLink locale={locale} label={dictionary.languageSwitchLabel}>
              {dictionary.languageSwitch}
            </LanguageLink>
          </div>
        </details>
      </div>
    </header>
  )
}
