import { documentPath } from '@impulsregion/publishing/routes'

import { SiteLink } from '@/components/SiteLink'
import type { LayoutQuery } from '@/graphql/generated'
import type { Locale } from '@/lib/format'
import type { Dictionary } from '@/lib/i18n'

import { MenuLinks } from './MenuLinks'
import { hasOffice, OfficeAddress } from './OfficeContact'
import styles from './SiteFooter.module.css'

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
  /** `de` when the claim is the German text on an English page. */
  claimLang?: 'de'
}

/** The association, its office's address, the footer menu from the CMS and the legal pages, which every page must link. */
export function SiteFooter({ site, items, locale, dictionary, translatedLabels, claimLang }: Props) {
  return (
    <footer className={styles.footer}>
      <div className={`page-width ${styles.columns}`}>
        <div>
          <p className={styles.name}>{site?.name ?? 'Die Impulsregion e.V.'}</p>
          {site?.claim && (
            <p className={styles.claim} lang={claimLang}>
              {site.claim}
            </p>
          )}
        </div>
        {site && hasOffice(site) && (
          <section aria-labelledby="fusszeile-geschaeftsstelle">
            <h2 id="fusszeile-geschaeftsstelle" className={styles.heading}>
              {dictionary.office}
            </h2>
            <OfficeAddress site={site} labels={dictionary.legalNotice} className={styles.address} />
          </section>
        )}
        <nav aria-labelledby="fusszeile-navigation">
          <h2 id="fusszeile-navigation" className={styles.heading}>
            {dictionary.footerNavigation}
          </h2>
          <ul className={styles.links}>
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
