import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import localFont from 'next/font/local'
import { sitePaths } from '@impulsregion/publishing'

import { PreviewBar } from '@/components/PreviewBar'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { menuAndSite } from '@/lib/content/site'
import { metadataBase } from '@/lib/metadata'
import { t } from '@/lib/i18n'
import { previewSession } from '@/lib/preview'
import { currentPath, renderOnDemand, routeLocale } from '@/lib/route'

import '@/styles/tokens.css'
import '@/styles/base.css'

// Source Sans 3 from @fontsource, served by the site itself: no request to a font CDN (DSGVO).
// Only the Latin subset (German, English, Latin-1) is preloaded; styles/base.css adds Latin Extended to
// the same family for the rare page that needs it (its 59 KB made the preloaded fonts three times
// as large and delayed the first paint in the webfont; docs/benchmarks.md). Next names the family
// after this constant: styles/base.css uses that name, `sourceSans`.
const sourceSans = localFont({
  src: '../../../../../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  weight: '200 900',
  style: 'normal',
  variable: '--font-sans',
  display: 'swap',
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
    },
  ],
})

/**
 * Pages are rendered on their first request and then served from Next's cache until publishing
 * expires their tags (lib/cms.ts); none is rendered at build time, when the CMS may not run.
 * Only the search and the filtered lists, which read the query string, render per request, and
 * preview (draft mode) always does. Content that cannot be loaded is never cached as a page: the
 * render throws, Next keeps serving the page's last good version, and a page without one shows
 * the error notice (error.tsx, or global-error.tsx when this layout itself fails).
 */
export const generateStaticParams = renderOnDemand

export const metadata: Metadata = {
  metadataBase,
  title: { default: 'Die Impulsregion e.V.', template: '%s – Die Impulsregion' },
  description: 'Erfurt, Jena, Weimar und das Weimarer Land: gemeinsam für eine starke Region in Thüringen.',
  alternates: { types: { 'application/rss+xml': [{ url: sitePaths.newsFeed, title: 'Die Impulsregion – Aktuelles' }] } },
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const locale = await routeLocale(params)
  const dictionary = t(locale)
  const preview = await previewSession()
  const { site, header, footer, translatedMenu, claimLang } = await menuAndSite(locale)
  return (
    <html lang={locale} className={sourceSans.variable}>
      <body>
        <a className="skip-link" href="#inhalt">
          {dictionary.skipLink}
        </a>
        {preview.enabled && <PreviewBar dictionary={dictionary} path={await currentPath(locale)} />}
        <SiteHeader site={site} items={header} locale={locale} dictionary={dictionary} translatedLabels={translatedMenu?.header} />
        <main id="inhalt" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter site={site} items={footer} locale={locale} dictionary={dictionary} translatedLabels={translatedMenu?.footer} claimLang={claimLang} />
      </body>
    </html>
  )
}
