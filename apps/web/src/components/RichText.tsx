import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { RichText as PayloadRichText } from '@payloadcms/richtext-lexical/react'

/** Payload's own Lexical-to-JSX converter; only its React part reaches the site's bundle. */
export function RichText({ data, className = 'prose' }: { data: unknown; className?: string }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return <PayloadRichText data={data as SerializedEditorState} className={className} disableContainer={false} />
}
