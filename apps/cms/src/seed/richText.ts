import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

type Node = Record<string, unknown>

/** A block of seed text: a plain string is a paragraph. */
export type TextBlock = string | { heading: string } | { list: string[] } | { quote: string }

const text = (value: string): Node => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const element = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

function toNode(block: TextBlock): Node {
  if (typeof block === 'string') return element('paragraph', [text(block)], { textFormat: 0, textStyle: '' })
  if ('heading' in block) return element('heading', [text(block.heading)], { tag: 'h2' })
  if ('quote' in block) return element('quote', [text(block.quote)])
  return element(
    'list',
    block.list.map((item, index) => element('listitem', [text(item)], { value: index + 1 })),
    { listType: 'bullet', start: 1, tag: 'ul' },
  )
}

/** Builds the Lexical JSON that Payload's rich-text fields store, from plain seed text. */
export function richText(...blocks: TextBlock[]): SerializedEditorState {
  return {
    root: element('root', blocks.map(toNode)) as unknown as SerializedEditorState['root'],
  }
}
