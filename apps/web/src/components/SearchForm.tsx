import type { Dictionary } from '@/lib/i18n'

/** A GET form to the search page: works without JavaScript, labelled for screen readers. */
export function SearchForm({ action, labels, defaultValue, id }: { action: string; labels: Dictionary['search']; defaultValue?: string; id: string }) {
  return (
    <form className="search-form" role="search" method="get" action={action}>
      <label htmlFor={id}>{labels.label}</label>
      <input id={id} name="q" type="search" defaultValue={defaultValue} maxLength={200} autoComplete="off" />
      <button type="submit">{labels.submit}</button>
    </form>
  )
}
