import { createElement } from 'react'

import type { IconNode } from 'lucide'

/**
 * A Lucide pictogram as inline SVG, rendered on the server: lucide-react's components are client
 * components (its icons read a React context), which would put icon code into every page's scripts
 * and every icon's shapes into the page's payload. The shapes come from the `lucide` package.
 * Decorative: hidden from screen readers, the text beside it carries the meaning.
 */
export function Icon({ node, size = 24, strokeWidth = 2 }: { node: IconNode; size?: number; strokeWidth?: number }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {node.map(([tag, attributes], index) => createElement(tag, { key: index, ...attributes }))}
    </svg>
  )
}
