import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { RichText as PayloadRichText } from '@payloadcms/richtext-lexical/react'

/** Payload's own Lexical-to-JSX converter; only its React part reaches the site's bundle. */
export function RichText({ data, className = 'prose', lang }: { data: unknown; className?: string; lang?: string }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  const text = <PayloadRichText data={data as SerializedEditorState} className={className} disableContainer={false} />
  return lang ? <div lang={lang}>{text}</div> : text
}
