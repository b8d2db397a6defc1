'use client'

import { Notice } from '@/components/Notice'

/** Shown when rendering fails: a German notice and a retry, never a stack trace. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <Notice title="Es ist ein Fehler aufgetreten" text="Diese Seite kann gerade nicht angezeigt werden. Bitte versuchen Sie es in einigen Minuten erneut.">
      <p>
        <button type="button" onClick={reset}>
          Erneut versuchen
        </button>
      </p>
    </Notice>
  )
}
