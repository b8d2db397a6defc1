import type { ReactNode } from 'react'

import { SiteLink } from '@/components/SiteLink'

import styles from './Card.module.css'

type Props = {
  href: string
  title: string
  /** The language of the title and text when it differs from the page's (German fallback on English pages). */
  lang?: string
  headingLevel: 2 | 3
  /** Above the title on screen, after the text for screen readers: the picture is an illustration. */
  media?: ReactNode
  meta?: ReactNode
  children?: ReactNode
}

/**
 * A teaser in a list: one link, on the title, that covers the whole card, so the card is one large
 * target and screen readers hear the title once and not a second time for the picture.
 */
export function Card({ href, title, lang, headingLevel, media, meta, children }: Props) {
  const Heading = `h${headingLevel}` as const
  return (
    <article className={styles.card}>
      <div className={styles.body}>
        <Heading className={styles.title} lang={lang}>
          <SiteLink className={styles.link} href={href}>
            {title}
          </SiteLink>
        </Heading>
        {meta && <p className={styles.meta}>{meta}</p>}
        {children}
      </div>
      {media && <div className={styles.media}>{media}</div>}
    </article>
  )
}

/** The cards of a list: one column on phones, two from 48rem, three from 64rem. */
export function CardGrid({ labelledBy, children }: { labelledBy?: string; children: ReactNode }) {
  return (
    <ul className={styles.grid} aria-labelledby={labelledBy}>
      {children}
    </ul>
  )
}

/** The picture area of a card without an image: a pictogram on a tinted panel of the image's size. */
export function Pictogram({ name, tone = 'brand', children }: { name: string; tone?: 'brand' | 'accent'; children: ReactNode }) {
  return (
    <div className={`${styles.pictogram} ${tone === 'accent' ? styles.accent : ''}`} data-pictogram={name}>
      {children}
    </div>
  )
}

/** The sizes a card's image is shown at, for the browser's choice from the CMS's sizes. */
export const CARD_IMAGE_SIZES = '(min-width: 64rem) 24rem, (min-width: 48rem) 50vw, 100vw'
