import type { ImageFragment } from '@/graphql/generated'
import type { Dictionary } from '@/lib/i18n'

import { CmsImage } from './CmsImage'

type Member = { id: number; name: string; kind: 'publicAuthority' | 'company' | 'association'; website?: string | null; description?: string | null; logo?: ImageFragment | null }

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
                  {member.logo && (
                    <div className="logo">
                      <CmsImage image={member.logo} sizes="12rem" />
                    </div>
                  )}
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
