import { type DatePrecision, formatDate, type Locale } from '@/lib/format'

import styles from './Timeline.module.css'

type Milestone = { id?: string | null; date: string; precision: DatePrecision | null; title: string | null; description?: string | null }

/**
 * Milestones in date order on a line with a marker each, each date shown only as precisely as
 * the source knows it; from 48rem the dates stand in their own column left of the line.
 */
export function Timeline({ milestones, heading, locale }: { milestones: Milestone[]; heading?: string | null; locale: Locale }) {
  const ordered = [...milestones].sort((a, b) => a.date.localeCompare(b.date))
  return (
    <section className={styles.timeline}>
      {heading && <h2>{heading}</h2>}
      <ol className={styles.milestones}>
        {ordered.map((milestone) => (
          <li key={milestone.id ?? milestone.date} className={styles.milestone}>
            <time className={styles.date} dateTime={milestone.date.slice(0, 10)}>
              {formatDate(milestone.date, locale, milestone.precision ?? 'day')}
            </time>
            <div className={styles.body}>
              <h3 className={styles.title}>{milestone.title}</h3>
              {milestone.description && <p className={styles.description}>{milestone.description}</p>}
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}
