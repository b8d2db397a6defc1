'use client'

import type { ComponentProps } from 'react'

import { usePathname } from 'next/navigation'

import { sitePathOf } from '@impulsregion/publishing/routes'

import { SiteLink } from './SiteLink'

/**
 * A menu entry that tells where the reader is: `aria-current="page"` on the entry of this very
 * page, `"true"` on the section a page belongs to (a news item under "Aktuelles"). The layout is
 * rendered once for all pages, so only the browser's address can say which entry that is.
 */
export function MenuLink({ href, ...props }: ComponentProps<typeof SiteLink> & { href: string }) {
  const here = sitePathOf(usePathname() ?? '/')
  const target = href.startsWith('/') ? sitePathOf(href) : undefined
  const current = target === undefined ? undefined : here === target ? 'page' : target !== '/' && here.startsWith(`${target}/`) ? 'true' : undefined
  return <SiteLink href={href} aria-current={current} {...props} />
}
