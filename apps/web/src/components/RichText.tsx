import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { RichText as PayloadRichText } from '@payloadcms/richtext-lexical/react'

import styles from './RichText.module.css'

/** Payload's own Lexical-to-JSX converter; only its React part reaches the site's bundle. */
export function RichText({ data, lang }: { data: unknown; lang?: string }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  const text = <PayloadRichText data={data as SerializedEditorState} className={styles.prose} disableContainer={false} />
  return lang ? <div lang={lang}>{text}</div> : text
}
