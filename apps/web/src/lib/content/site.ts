import { connection } from 'next/server'

import { cacheTags } from '@impulsregion/publishing'

import { LayoutDocument } from '@/graphql/generated'

import { cmsQuery } from '../cms'
import { claimLang, translatedMenuItems } from '../fallback'
import type { Locale } from '../format'

/**
 * The menus and the association's details from the CMS. When the CMS cannot be reached, a page
 * rendered per request (search, filtered lists) goes on without them and shows its own notice; a
 * cached page must never be stored without its menu: outside a request `connection()` throws, the
 * render fails, and Next keeps serving the page's last good version.
 */
export async function menuAndSite(locale: Locale) {
  try {
    const [layout, translatedMenu, claimLanguage] = await Promise.all([
      cmsQuery(LayoutDocument, { locale }, { tags: [cacheTags.list('pages')] }),
      translatedMenuItems(locale),
      claimLang(locale),
    ])
    return { site: layout.Site ?? null, header: layout.Navigation?.header ?? [], footer: layout.Navigation?.footer ?? [], translatedMenu, claimLang: claimLanguage }
  } catch (error) {
    await connection()
    console.error('Menü und Vereinsangaben: CMS nicht erreichbar', error)
    return { site: null, header: [], footer: [], translatedMenu: undefined, claimLang: undefined }
  }
}
