import { documentPath } from '@impulsregion/publishing/routes'

import { SiteLink } from '@/components/SiteLink'
import type { PageBySlugQuery } from '@/graphql/generated'
import type { BoardRole } from '@/lib/board'
import type { Locale } from '@/lib/format'
import type { Dictionary } from '@/lib/i18n'

import { BoardList } from './BoardList'
import { CmsImage } from './CmsImage'
import { MemberGrid } from './MemberGrid'
import { RichText } from './RichText'
import styles from './Blocks.module.css'
import { Timeline } from './Timeline'

type Page = NonNullable<NonNullable<PageBySlugQuery['Pages']>['docs'][number]>
type Block = NonNullable<Page['layout']>[number]
type Props = { blocks: Block[]; members: NonNullable<PageBySlugQuery['Members']>['docs']; boardRoles: BoardRole[]; locale: Locale; dictionary: Dictionary }

/** Renders a page's layout blocks in order; each block type maps to one component. */
export function Blocks({ blocks, members, boardRoles, locale, dictionary }: Props) {
  return (
    <>
      {blocks.map((block, index) => {
        const key = ('id' in block && block.id) || `${block.__typename}-${index}`
        switch (block.__typename) {
          case 'RichTextBlock':
            return (
              <section key={key} className={styles.text}>
                {block.heading && <h2>{block.heading}</h2>}
                <RichText data={block.content} />
              </section>
            )
          case 'ImageBlock':
            return block.image ? (
              <figure key={key} className={styles.figure}>
                <CmsImage image={block.image} sizes="(min-width: 64rem) 45rem, 100vw" />
                {block.caption && <figcaption className={styles.caption}>{block.caption}</figcaption>}
              </figure>
            ) : null
          case 'TimelineBlock':
            return <Timeline key={key} heading={block.heading} milestones={(block.milestones ?? []).map((m) => ({ ...m, date: m.date ?? '' }))} locale={locale} />
          case 'MemberGridBlock':
            return <MemberGrid key={key} heading={block.heading} kinds={block.kinds} members={members} labels={dictionary.members} />
          case 'BoardListBlock':
            return <BoardList key={key} heading={block.heading} show={block.show ?? 'current'} roles={boardRoles} labels={dictionary.board} locale={locale} />
          case 'CallToActionBlock': {
            const href = block.linkType === 'url' ? block.url : block.page?.slug ? documentPath('pages', block.page.slug, locale) : undefined
            return (
              <section key={key} className={styles.callToAction}>
                <h2 className={styles.callToActionHeading}>{block.heading}</h2>
                {block.text && <p className={styles.callToActionText}>{block.text}</p>}
                {href && (
                  <SiteLink className={`button ${styles.callToActionButton}`} href={href}>
                    {block.buttonLabel}
                  </SiteLink>
                )}
              </section>
            )
          }
          default:
            return null
        }
      })}
    </>
  )
}
