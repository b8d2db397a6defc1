'use client'

import { ErrorNotice, useErrorLocale } from '@/components/ErrorNotice'

/** Shown when rendering fails: a notice in the page's language and a retry, never a stack trace. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return <ErrorNotice locale={useErrorLocale()} reset={reset} />
}
