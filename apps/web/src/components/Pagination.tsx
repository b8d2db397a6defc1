import { SiteLink } from '@/components/SiteLink'
import type { Dictionary } from '@/lib/i18n'
import { pageLinks } from '@/lib/pagination'

import styles from './Pagination.module.css'

type Props = { current: number; total: number; href: (page: number) => string; labels: Dictionary['pagination'] }

/** Real links (no JavaScript needed), the current page marked for screen readers. */
export function Pagination({ current, total, href, labels }: Props) {
  const links = pageLinks(current, total)
  if (!links.length) return null
  return (
    <nav className={styles.pagination} aria-label={labels.label}>
      <ul>
        {current > 1 && (
          <li>
            <SiteLink href={href(current - 1)} rel="prev">
              {labels.previous}
            </SiteLink>
          </li>
        )}
        {links.map((link) =>
          link.type === 'gap' ? (
            <li key={link.key} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={link.page}>
              {link.current ? (
                <span aria-current="page">
                  <span className="visually-hidden">{labels.currentPage}: </span>
                  {link.page}
                </span>
              ) : (
                <SiteLink href={href(link.page)} aria-label={`${labels.page} ${link.page}`}>
                  {link.page}
                </SiteLink>
              )}
            </li>
          ),
        )}
        {current < total && (
          <li>
            <SiteLink href={href(current + 1)} rel="next">
              {labels.next}
            </SiteLink>
          </li>
        )}
      </ul>
    </nav>
  )
}
