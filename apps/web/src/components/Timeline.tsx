import { type DatePrecision, formatDate, type Locale } from '@/lib/format'

type Milestone = { id?: string | null; date: string; precision: DatePrecision | null; title: string | null; description?: string | null }

/** Milestones in date order, each date shown only as precisely as the source knows it. */
export function Timeline({ milestones, heading, locale }: { milestones: Milestone[]; heading?: string | null; locale: Locale }) {
  const ordered = [...milestones].sort((a, b) => a.date.localeCompare(b.date))
  return (
    <section className="timeline">
      {heading && <h2>{heading}</h2>}
      <ol>
        {ordered.map((milestone) => (
          <li key={milestone.id ?? milestone.date}>
            <time dateTime={milestone.date.slice(0, 10)}>{formatDate(milestone.date, locale, milestone.precision ?? 'day')}</time>
            <h3>{milestone.title}</h3>
            {milestone.description && <p>{milestone.description}</p>}
          </li>
        ))}
      </ol>
    </section>
  )
}
