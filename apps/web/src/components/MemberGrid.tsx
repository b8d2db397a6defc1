import type { ImageFragment } from '@/graphql/generated'
import { publicFileUrl } from '@/lib/files'
import type { Dictionary } from '@/lib/i18n'
import { monogram } from '@/lib/monogram'

import { CmsImage } from './CmsImage'
import styles from './MemberGrid.module.css'

type Kind = 'publicAuthority' | 'company' | 'association'
type Member = { id: number; name: string; shortName?: string | null; kind: Kind; website?: string | null; description?: string | null; logo?: ImageFragment | null }

/** The fragment of a member's card: the start page's map links `/mitglieder#mitglied-<id>`. */
export const memberAnchor = (id: number | string) => `mitglied-${id}`

const KINDS: Kind[] = ['publicAuthority', 'company', 'association']

/** Members grouped by kind (authorities, companies, associations) as cards with logo or monogram, each linked to its website. */
export function MemberGrid({ members, kinds, heading, labels }: { members: Member[]; kinds?: Kind[] | null; heading?: string | null; labels: Dictionary['members'] }) {
  const groups = KINDS.filter((kind) => !kinds?.length || kinds.includes(kind))
  const GroupHeading = heading ? 'h3' : 'h2'
  return (
    <section className={styles.memberGrid}>
      {heading && <h2>{heading}</h2>}
      {groups.map((kind) => {
        const inGroup = members.filter((member) => member.kind === kind)
        if (!inGroup.length) return null
        return (
          <div key={kind}>
            <GroupHeading className={styles.groupHeading}>{labels.kinds[kind]}</GroupHeading>
            <ul className={styles.cards}>
              {inGroup.map((member) => (
                <li key={member.id} id={memberAnchor(member.id)} className={styles.card}>
                  <div className={styles.emblem}>
                    {member.logo && publicFileUrl(member.logo.url) && member.logo.width ? (
                      <CmsImage image={member.logo} sizes="12rem" />
                    ) : (
                      <span className={`${styles.monogram} ${styles[kind]}`} aria-hidden="true">
                        {monogram(member.shortName || member.name)}
                      </span>
                    )}
                  </div>
                  <p className={styles.name}>{member.website ? <a href={member.website}>{member.name}</a> : member.name}</p>
                  {member.description && <p className={styles.description}>{member.description}</p>}
                </li>
              ))}
            </ul>
          </div>
        )
      })}
    </section>
  )
}
