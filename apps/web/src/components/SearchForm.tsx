import { Search } from 'lucide'

import type { Dictionary } from '@/lib/i18n'

import { Icon } from './Icon'
import styles from './SearchForm.module.css'

type Props = { action: string; labels: Dictionary['search']; defaultValue?: string; id: string; compact?: boolean }

/**
 * A GET form to the search page: works without JavaScript, labelled for screen readers. `compact`
 * (the header's) hides the label and shows the button as a magnifier; both keep their names.
 */
export function SearchForm({ action, labels, defaultValue, id, compact = false }: Props) {
  return (
    <form className={compact ? `${styles.form} ${styles.compact}` : styles.form} role="search" method="get" action={action}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : styles.label}>
        {labels.label}
      </label>
      <span className={styles.field}>
        <input id={id} name="q" type="search" defaultValue={defaultValue} maxLength={200} autoComplete="off" placeholder={compact ? labels.placeholder : undefined} />
        <button type="submit">
          {compact ? (
            <>
              <Icon node={Search} size={20} strokeWidth={2.5} />
              <span className="visually-hidden">{labels.submit}</span>
            </>
          ) : (
            labels.submit
          )}
        </button>
      </span>
    </form>
  )
}
