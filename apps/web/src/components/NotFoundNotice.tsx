'use client'

import { useParams } from 'next/navigation'

import { isLocale, localePath, sitePaths } from '@impulsregion/publishing/routes'

import { ArticleLayout } from '@/components/ArticleLayout'
import { Notice } from '@/components/Notice'
import { SectionLinks } from '@/components/SectionLinks'
import { t } from '@/lib/i18n'

/** The 404 text in the page's language; not-found pages receive no params, the router knows them. */
export function NotFoundNotice() {
  const { lang } = useParams<{ lang?: string }>()
  const locale = lang && isLocale(lang) ? lang : 'de'
  const labels = t(locale).notFound
  return (
    <ArticleLayout as="div" aside={<SectionLinks locale={locale} />} asideLabel={t(locale).aside.label}>
      <Notice title={labels.title} text={labels.text}>
        <p>
          <a href={localePath(locale, sitePaths.home)}>{labels.home}</a>
        </p>
      </Notice>
    </ArticleLayout>
  )
}
