import { AsideSection } from '@/components/ArticleLayout'
import type { OfficeSiteFragment } from '@/graphql/generated'
import type { Dictionary } from '@/lib/i18n'

import styles from './OfficeContact.module.css'

type Labels = Pick<Dictionary['legalNotice'], 'phone' | 'email'>

/** Whether the office has entered anything to show. */
export const hasOffice = (site: OfficeSiteFragment | null | undefined) => !!(site?.office?.street || site?.office?.phone || site?.office?.email)

/** The Geschäftsstelle's postal address, phone and e-mail, each line only when entered. */
export function OfficeAddress({ site, labels, className }: { site: OfficeSiteFragment; labels: Labels; className?: string }) {
  const office = site.office
  return (
    <address className={className ?? styles.address}>
      {site.name}
      {office?.street && (
        <>
          <br />
          {office.street}
          <br />
          {office.postalCode} {office.city}
        </>
      )}
      {office?.phone && (
        <>
          <br />
          {labels.phone}: <a href={`tel:${office.phone.replace(/[^+\d]/g, '')}`}>{office.phone}</a>
        </>
      )}
      {office?.email && (
        <>
          <br />
          {labels.email}: <a href={`mailto:${office.email}`}>{office.email}</a>
        </>
      )}
    </address>
  )
}

/** The Geschäftsstelle from the `site` global as a group of a page's aside. */
export function OfficeContact({ site, labels }: { site: OfficeSiteFragment; labels: Dictionary['legalNotice'] }) {
  return (
    <AsideSection heading={labels.contact} id="geschaeftsstelle">
      {hasOffice(site) ? (
        <OfficeAddress site={site} labels={labels} />
      ) : (
        <p>
          <em>{labels.missing}</em>
        </p>
      )}
    </AsideSection>
  )
}
