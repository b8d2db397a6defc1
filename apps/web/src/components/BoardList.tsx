import { type BoardRole, chairsByTerm, currentBoard } from '@/lib/board'
import { formatDate, formatPeriod, type Locale } from '@/lib/format'
import type { Dictionary } from '@/lib/i18n'

type Props = { roles: BoardRole[]; show: 'current' | 'pastChairs' | 'both'; heading?: string | null; labels: Dictionary['board']; locale: Locale; today?: Date }

export function BoardList({ roles, show, heading, labels, locale, today = new Date() }: Props) {
  const board = currentBoard(roles, today)
  const chairs = chairsByTerm(roles)
  return (
    <section className="board">
      {show !== 'pastChairs' && (
        <>
          <h2>{heading || labels.current}</h2>
          {board.asOf && <p className="meta">{labels.asOf(formatDate(board.asOf, locale, board.roles[0]?.term?.precision ?? 'day'))}</p>}
          <dl className="board-members">
            {board.roles.map((role) => (
              <div key={role.id}>
                <dt>{labels.functions[role.function]}</dt>
                <dd>
                  <strong>{role.personName}</strong>
                  {role.office && <>, {role.office}</>}
                  {role.member && (
                    <span className="meta">
                      {' '}
                      ({labels.represents} {role.member.name})
                    </span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {show !== 'current' && chairs.length > 0 && (
        <>
          <h2>{labels.pastChairs}</h2>
          <ul className="chairs">
            {chairs.map((role) => (
              <li key={role.id}>
                <span className="year">{formatPeriod(role.term, locale)}</span> {role.personName}
                {role.office && <span className="meta">, {role.office}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
