import type { PageBySlugQuery } from '@/graphql/generated'
import type { Dictionary } from '@/lib/i18n'

type Site = NonNullable<PageBySlugQuery['Site']>

/** The Geschäftsstelle's address, phone and e-mail from the `site` global. */
export function OfficeContact({ site, labels }: { site: Site; labels: Dictionary['legalNotice'] }) {
  const office = site.office
  return (
    <section className="contact" aria-labelledby="geschaeftsstelle">
      <h2 id="geschaeftsstelle">{labels.contact}</h2>
      {office?.street || office?.phone || office?.email ? (
        <address>
          {site.name}
          {office.street && (
            <>
              <br />
              {office.street}
              <br />
              {office.postalCode} {office.city}
            </>
          )}
          {office.phone && (
            <>
              <br />
              {labels.phone}: <a href={`tel:${office.phone.replace(/[^+\d]/g, '')}`}>{office.phone}</a>
            </>
          )}
          {office.email && (
            <>
              <br />
              {labels.email}: <a href={`mailto:${office.email}`}>{office.email}</a>
            </>
          )}
        </address>
      ) : (
        <p>
          <em>{labels.missing}</em>
        </p>
      )}
    </section>
  )
}
