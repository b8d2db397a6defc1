import { type BoardRole, chairsByTerm, currentBoard } from '@/lib/board'
import { formatDate, formatPeriod, type Locale } from '@/lib/format'
import type { Dictionary } from '@/lib/i18n'
import { monogram } from '@/lib/monogram'

import styles from './BoardList.module.css'

type Props = { roles: BoardRole[]; show: 'current' | 'pastChairs' | 'both'; heading?: string | null; labels: Dictionary['board']; locale: Locale; today?: Date }

/** The board in office as one card per person (there are no portraits: initials instead), and the chairs by year. */
export function BoardList({ roles, show, heading, labels, locale, today = new Date() }: Props) {
  const board = currentBoard(roles, today)
  const chairs = chairsByTerm(roles)
  return (
    <section className={styles.board}>
      {show !== 'pastChairs' && (
        <>
          <h2 id="vorstand">{heading || labels.current}</h2>
          {board.asOf && <p className="meta">{labels.asOf(formatDate(board.asOf, locale, board.roles[0]?.term?.precision ?? 'day'))}</p>}
          <ul className={styles.cards} aria-labelledby="vorstand">
            {board.roles.map((role) => (
              <li key={role.id} className={styles.card}>
                <span className={styles.monogram} aria-hidden="true">
                  {monogram(role.personName)}
                </span>
                <div>
                  <p className={styles.function}>{labels.functions[role.function]}</p>
                  <h3 className={styles.name}>{role.personName}</h3>
                  {role.office && <p className={styles.detail}>{role.office}</p>}
                  {role.member && (
                    <p className={styles.detail}>
                      {labels.represents} {role.member.name}
                    </p>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {show !== 'current' && chairs.length > 0 && (
        <>
          <h2>{labels.pastChairs}</h2>
          <ul className={styles.chairs}>
            {chairs.map((role) => (
              <li key={role.id}>
                <span className={styles.year}>{formatPeriod(role.term, locale)}</span> {role.personName}
                {role.office && <span className="meta">, {role.office}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
