'use client'

import { useParams } from 'next/navigation'

import { Notice } from '@/components/Notice'
import { isLocale, t } from '@/lib/i18n'

import './globals.css'

/**
 * Shown when the site's layout itself cannot be rendered (its menu comes from the CMS): the
 * error notice in the page's language, never a stack trace. It replaces the layout, so it brings
 * its own document.
 */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  const { lang } = useParams<{ lang?: string }>() ?? {}
  const locale = lang && isLocale(lang) ? lang : 'de'
  const labels = t(locale).error
  return (
    <html lang={locale}>
      <body>
        <main id="inhalt">
          <Notice title={labels.title} text={labels.text}>
            <p>
              <button type="button" onClick={reset}>
                {labels.retry}
              </button>
            </p>
          </Notice>
        </main>
      </body>
    </html>
  )
}
