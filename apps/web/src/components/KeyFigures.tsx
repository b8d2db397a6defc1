import type { Dictionary } from '@/lib/i18n'

import styles from './KeyFigures.module.css'

type Figures = { members: number; projects: number; themeYears: number; firstThemeYear?: number }

/** The association in numbers, counted by the CMS; the number large above what it counts. */
export function KeyFigures({ figures, labels }: { figures: Figures; labels: Dictionary['home']['figures'] }) {
  const entries: [string, number | undefined][] = [
    [labels.members, figures.members],
    [labels.projects, figures.projects],
    [labels.themeYears, figures.themeYears],
    [labels.firstThemeYear, figures.firstThemeYear],
  ]
  return (
    <dl className={styles.figures}>
      {entries
        .filter((entry): entry is [string, number] => entry[1] !== undefined)
        .map(([label, value]) => (
          <div key={label} className={styles.figure}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  )
}
