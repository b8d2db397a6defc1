export type BoardFunction = 'chair' | 'deputyChair' | 'member'

export type BoardRole = {
  id: number
  personName: string
  office: string | null
  function: BoardFunction
  member: { name: string } | null
  term: { from: string | null; to?: string | null; precision?: 'day' | 'month' | 'year' | null } | null
}

const ORDER: Record<BoardFunction, number> = { chair: 0, deputyChair: 1, member: 2 }

const covers = (role: BoardRole, day: Date) => !!role.term?.from && new Date(role.term.from) <= day && (!role.term.to || new Date(role.term.to) >= day)

/**
 * The board in office on `today`. When no term covers today (the office has not entered the new
 * year's board yet), the most recent known board, with the date it was valid: the site then says
 * "Stand 2024" instead of showing an empty board.
 */
export function currentBoard(roles: BoardRole[], today: Date): { roles: BoardRole[]; asOf?: string } {
  const sorted = (list: BoardRole[]) => [...list].sort((a, b) => ORDER[a.function] - ORDER[b.function] || a.personName.localeCompare(b.personName, 'de'))
  const now = roles.filter((role) => covers(role, today))
  if (now.length) return { roles: sorted(now) }

  const started = roles.filter((role) => role.term?.from && new Date(role.term.from) <= today)
  const latestStart = started
    .map((role) => role.term!.from!)
    .sort()
    .at(-1)
  if (!latestStart) return { roles: [] }
  const latest = started.filter((role) => role.term!.from === latestStart)
  return { roles: sorted(latest), asOf: latestStart }
}

/** Chairs whose term has ended or is the latest known one, newest first: the rotation by year. */
export function chairsByTerm(roles: BoardRole[]): BoardRole[] {
  return roles.filter((role) => role.function === 'chair' && role.term?.from).sort((a, b) => (a.term!.from! < b.term!.from! ? 1 : -1))
}
