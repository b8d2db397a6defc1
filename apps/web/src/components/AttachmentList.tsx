import type { AttachmentFragment } from '@/graphql/generated'
import { publicFileUrl } from '@/lib/files'
import { formatFileSize, type Locale } from '@/lib/format'

import styles from './AttachmentList.module.css'

/** PDF attachments with title and size, as links a screen reader announces completely. */
export function AttachmentList({ attachments, heading, locale }: { attachments: (AttachmentFragment | null)[] | null | undefined; heading: string; locale: Locale }) {
  const files = (attachments ?? []).filter((file): file is AttachmentFragment => !!publicFileUrl(file?.url))
  if (!files.length) return null
  return (
    <section className={styles.attachments} aria-labelledby="dokumente">
      <h2 id="dokumente">{heading}</h2>
      <ul className={styles.files}>
        {files.map((file) => (
          <li key={file.id} className={styles.file}>
            <a href={publicFileUrl(file.url)} download={file.filename ?? undefined}>
              {file.title}
            </a>{' '}
            <span className={styles.size}>(PDF, {formatFileSize(file.filesize ?? 0, locale)})</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
