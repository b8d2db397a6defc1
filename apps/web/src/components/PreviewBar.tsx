import type { Dictionary } from '@/lib/i18n'

import { LivePreviewRefresh } from './LivePreviewRefresh'

/** The CMS as the editor's browser reaches it: live-preview messages must come from there. */
const cmsPublicUrl = (process.env.CMS_PUBLIC_URL || process.env.CMS_URL || 'http://localhost:3001').replace(/\/$/, '')

/** Shown only in draft mode: says so, offers the way out, and refreshes on every save in the admin. */
export function PreviewBar({ dictionary, path }: { dictionary: Dictionary; path: string }) {
  return (
    <aside className="preview-bar" aria-label={dictionary.preview.exit}>
      <p>{dictionary.preview.notice}</p>
      <a href={`/api/preview/exit?${new URLSearchParams({ path })}`}>{dictionary.preview.exit}</a>
      <LivePreviewRefresh serverURL={cmsPublicUrl} />
    </aside>
  )
}
