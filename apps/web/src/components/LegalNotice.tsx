import type { PageBySlugQuery } from '@/graphql/generated'
import type { Dictionary } from '@/lib/i18n'

import styles from './LegalNotice.module.css'

type Site = NonNullable<PageBySlugQuery['Site']>

/** The Impressum's § 5 DDG data, from the `site` global so it is kept in one place. */
export function LegalNotice({ site, labels }: { site: Site; labels: Dictionary['legalNotice'] }) {
  const missing = <em>{labels.missing}</em>
  const { office, register } = site
  return (
    <section className={styles.legalNotice} aria-labelledby="angaben">
      <h2 id="angaben">{labels.title}</h2>
      <address className={styles.address}>
        {site.name}
        <br />
        {office?.street ? (
          <>
            {office.street}
            <br />
            {office.postalCode} {office.city}
          </>
        ) : (
          missing
        )}
      </address>
      <dl className={styles.details}>
        <dt>{labels.representedBy}</dt>
        <dd>{register?.representedBy || missing}</dd>
        <dt>{labels.phone}</dt>
        <dd>{office?.phone || missing}</dd>
        <dt>{labels.email}</dt>
        <dd>{office?.email ? <a href={`mailto:${office.email}`}>{office.email}</a> : missing}</dd>
        <dt>{labels.court}</dt>
        <dd>{register?.court || missing}</dd>
        <dt>{labels.number}</dt>
        <dd>{register?.number || missing}</dd>
        <dt>{labels.responsible}</dt>
        <dd>{register?.responsibleForContent || missing}</dd>
      </dl>
    </section>
  )
}
