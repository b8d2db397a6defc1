import { cmsPublicUrl } from '@/lib/cmsUrl'
import type { Dictionary } from '@/lib/i18n'

import { LivePreviewRefresh } from './LivePreviewRefresh'
import styles from './PreviewBar.module.css'

/** Shown only in draft mode: says so, offers the way out, and refreshes on every save in the admin. */
export function PreviewBar({ dictionary, path }: { dictionary: Dictionary; path: string }) {
  return (
    <aside className={styles.bar} aria-label={dictionary.preview.exit}>
      <p>{dictionary.preview.notice}</p>
      <a href={`/api/preview/exit?${new URLSearchParams({ path })}`}>{dictionary.preview.exit}</a>
      {/* Live-preview messages must come from the admin. */}
      <LivePreviewRefresh serverURL={cmsPublicUrl} />
    </aside>
  )
}
