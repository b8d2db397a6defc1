import { SiteLink } from '@/components/SiteLink'
import type { Dictionary } from '@/lib/i18n'

import styles from './SearchResults.module.css'

type Hit = { kind: keyof Dictionary['search']['kinds']; id: number | string; path: string; title: string | null; excerpt?: string | null }

/** The hits in the order the CMS ranks them, each with what kind of page it is. */
export function SearchResults({ hits, kinds }: { hits: Hit[]; kinds: Dictionary['search']['kinds'] }) {
  return (
    <ol className={styles.results}>
      {hits.map((hit) => (
        <li key={`${hit.kind}-${hit.id}`} className={styles.hit}>
          <p className={styles.kind}>{kinds[hit.kind]}</p>
          <h2 className={styles.title}>
            <SiteLink href={hit.path}>{hit.title}</SiteLink>
          </h2>
          {hit.excerpt && <p className={styles.excerpt}>{hit.excerpt}</p>}
        </li>
      ))}
    </ol>
  )
}
