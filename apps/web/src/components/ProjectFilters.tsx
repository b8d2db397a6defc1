import { SiteLink } from '@/components/SiteLink'
import type { Dictionary } from '@/lib/i18n'
import type { ProjectFilterState } from '@/lib/projectFilters'

import styles from './ProjectFilters.module.css'

type Option = { value: string; label: string }
type Props = {
  action: string
  state: ProjectFilterState
  options: { category: Option[]; member: Option[]; themeYear: Option[]; status: Option[] }
  labels: Dictionary['projects']
}

const FIELDS = [
  ['kategorie', 'category'],
  ['mitglied', 'member'],
  ['themenjahr', 'themeYear'],
  ['stand', 'status'],
] as const

/** A plain GET form: filters are shareable URLs and work without JavaScript and by keyboard. */
export function ProjectFilters({ action, state, options, labels }: Props) {
  return (
    <form className={styles.filters} method="get" action={action} aria-label={labels.filter}>
      {FIELDS.map(([param, key]) => (
        <div key={param} className={styles.field}>
          <label htmlFor={`filter-${param}`}>{labels[key]}</label>
          <select id={`filter-${param}`} name={param} defaultValue={state[key] ?? ''}>
            <option value="">{labels.all}</option>
            {options[key].map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className={styles.actions}>
        <button type="submit">{labels.apply}</button>
        <SiteLink href={action}>{labels.reset}</SiteLink>
      </div>
    </form>
  )
}
