'use client'

import { ErrorNotice, useErrorLocale } from '@/components/ErrorNotice'

import '@/styles/tokens.css'
import '@/styles/base.css'

/**
 * Shown when the site's layout itself cannot be rendered (its menu comes from the CMS): the
 * error notice in the page's language, never a stack trace. It replaces the layout, so it brings
 * its own document.
 */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  const locale = useErrorLocale()
  return (
    <html lang={locale}>
      <body>
        <main id="inhalt">
          <ErrorNotice locale={locale} reset={reset} />
        </main>
      </body>
    </html>
  )
}
