'use client'

import { useParams } from 'next/navigation'

import { isLocale } from '@impulsregion/publishing/routes'

import { ArticleLayout } from '@/components/ArticleLayout'
import { Notice } from '@/components/Notice'
import { SectionLinks } from '@/components/SectionLinks'
import type { Locale } from '@/lib/format'
import { noticeTexts } from '@/lib/noticeTexts'

/** The language of the page that failed: its route parameter, German when it has none. */
export function useErrorLocale(): Locale {
  const { lang } = useParams<{ lang?: string }>() ?? {}
  return lang && isLocale(lang) ? lang : 'de'
}

/** A rendering failure as a notice with a retry button, in the page's language; never a stack trace. */
export function ErrorNotice({ locale, reset }: { locale: Locale; reset: () => void }) {
  const labels = noticeTexts(locale).error
  return (
    <ArticleLayout as="div" aside={<SectionLinks locale={locale} />} asideLabel={noticeTexts(locale).asideLabel}>
      <Notice title={labels.title} text={labels.text}>
        <p>
          <button type="button" onClick={reset}>
            {labels.retry}
          </button>
        </p>
      </Notice>
    </ArticleLayout>
  )
}
