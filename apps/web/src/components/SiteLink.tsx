import Link from 'next/link'
import type { ComponentProps } from 'react'

/**
 * Next's Link without prefetching. With prefetching, every link in view fetched its page in the
 * background: a dozen server renders per page view and data on visitors' phones, for pages that
 * are rarely opened. The page is fetched on click instead (still without a full reload).
 */
export function SiteLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />
}
