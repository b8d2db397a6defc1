import type { Dictionary } from '@/lib/i18n'

type Member = { id: number; name: string; kind: 'publicAuthority' | 'company' | 'association'; website?: string | null; description?: string | null }

/** Members grouped by kind (authorities, companies, associations), each linked to its website. */
export function MemberGrid({ members, kinds, heading, labels }: { members: Member[]; kinds?: Member['kind'][] | null; heading?: string | null; labels: Dictionary['members'] }) {
  const groups = (['publicAuthority', 'company', 'association'] as const).filter((kind) => !kinds?.length || kinds.includes(kind))
  return (
    <section className="member-grid">
      {heading && <h2>{heading}</h2>}
      {groups.map((kind) => {
        const inGroup = members.filter((member) => member.kind === kind)
        if (!inGroup.length) return null
        return (
          <div key={kind}>
            <h3>{labels.kinds[kind]}</h3>
            <ul className="cards">
              {inGroup.map((member) => (
                <li key={member.id} className="card">
                  {member.website ? <a href={member.website}>{member.name}</a> : <span>{member.name}</span>}
                  {member.description && <p>{member.description}</p>}
                </li>
              ))}
            </ul>
          </div>
        )
      })}
    </section>
  )
}
