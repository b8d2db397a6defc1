'use client'

import { useParams } from 'next/navigation'

import { Notice } from '@/components/Notice'
import { isLocale, t } from '@/lib/i18n'

/** Shown when rendering fails: a notice in the page's language and a retry, never a stack trace. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const { lang } = useParams<{ lang: string }>()
  const labels = t(isLocale(lang) ? lang : 'de').error
  return (
    <Notice title={labels.title} text={labels.text}>
      <p>
        <button type="button" onClick={reset}>
          {labels.retry}
        </button>
      </p>
    </Notice>
  )
}
