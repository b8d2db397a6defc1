import type { ReactNode } from 'react'

import styles from './ArticleLayout.module.css'

type Props = {
  /** Title, lead and notices: above both columns. */
  header?: ReactNode
  children: ReactNode
  /** Facts, related links and contacts; beside the text on wide screens, after it on phones. */
  aside?: ReactNode
  asideLabel: string
  /** `article` for a self-contained text (news, project, page), `div` for lists and notices. */
  as?: 'article' | 'div'
  /** A card grid rather than running text: the column takes the width the aside leaves. */
  wide?: boolean
}

/** A page's reading column (at most 70 characters wide, unless `wide`) and its aside. */
export function ArticleLayout({ header, children, aside, asideLabel, as: Element = 'article', wide = false }: Props) {
  return (
    <Element className={wide ? `${styles.layout} ${styles.wide}` : styles.layout}>
      {header && <header className={styles.header}>{header}</header>}
      <div className={styles.text}>{children}</div>
      {aside && (
        <aside className={styles.aside} aria-label={asideLabel}>
          {aside}
        </aside>
      )}
    </Element>
  )
}

/** One group of the aside: a heading and what belongs to it. */
export function AsideSection({ heading, id, children }: { heading: string; id: string; children: ReactNode }) {
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.sectionHeading}>
        {heading}
      </h2>
      {children}
    </section>
  )
}

/** Label–value pairs of the aside (status, period, date …); entries without a value are left out. */
export function FactList({ facts }: { facts: { term: string; value: ReactNode }[] }) {
  const shown = facts.filter((fact) => fact.value !== null && fact.value !== undefined && fact.value !== false && fact.value !== '')
  if (!shown.length) return null
  return (
    <dl className={styles.facts}>
      {shown.map((fact) => (
        <div key={fact.term}>
          <dt>{fact.term}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  )
}
