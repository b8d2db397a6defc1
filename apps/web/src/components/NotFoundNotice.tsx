'use client'

import { useParams } from 'next/navigation'

import { Notice } from '@/components/Notice'
import { isLocale, t } from '@/lib/i18n'

/** The 404 text in the page's language; not-found pages receive no params, the router knows them. */
export function NotFoundNotice() {
  const { lang } = useParams<{ lang?: string }>()
  const locale = lang && isLocale(lang) ? lang : 'de'
  const labels = t(locale).notFound
  return (
    <Notice title={labels.title} text={labels.text}>
      <p>
        <a href={locale === 'en' ? '/en' : '/'}>{labels.home}</a>
      </p>
    </Notice>
  )
}
