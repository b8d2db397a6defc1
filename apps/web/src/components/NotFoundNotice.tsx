'use client'

import { useParams } from 'next/navigation'

import { isLocale, localePath, sitePaths } from '@impulsregion/publishing/routes'

import { ArticleLayout } from '@/components/ArticleLayout'
import { Notice } from '@/components/Notice'
import { SectionLinks } from '@/components/SectionLinks'
import { noticeTexts } from '@/lib/noticeTexts'

/** The 404 text in the page's language; not-found pages receive no params, the router knows them. */
export function NotFoundNotice() {
  const { lang } = useParams<{ lang?: string }>()
  const locale = lang && isLocale(lang) ? lang : 'de'
  const labels = noticeTexts(locale).notFound
  return (
    <ArticleLayout as="div" aside={<SectionLinks locale={locale} />} asideLabel={noticeTexts(locale).asideLabel}>
      <Notice title={labels.title} text={labels.text}>
        <p>
          <a href={localePath(locale, sitePaths.home)}>{labels.home}</a>
        </p>
      </Notice>
    </ArticleLayout>
  )
}
