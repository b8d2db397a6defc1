import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { cache } from 'react'

import { cacheTags } from '@impulsregion/publishing'

import { AttachmentList } from '@/components/AttachmentList'
import { JsonLd } from '@/components/JsonLd'
import { CmsImage } from '@/components/CmsImage'
import { FallbackNotice } from '@/components/FallbackNotice'
import { RichText } from '@/components/RichText'
import { SiteLink } from '@/components/SiteLink'
import { NewsDetailDocument, NewsNeighboursDocument } from '@/graphql/generated'
import { cmsDocumentQuery, cmsQuery } from '@/lib/cms'
import { itemLang, translatedSlugs } from '@/lib/fallback'
import { publicFileUrl } from '@/lib/files'
import { formatDateTime } from '@/lib/format'
import { localePath, t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { siteUrl } from '@/lib/siteUrl'
import { localeOf, renderOnDemand } from '@/lib/route'

type Props = { params: Promise<{ lang: string; slug: string }> }

export const generateStaticParams = renderOnDemand

// React's cache: generateMetadata and the page share one set of CMS requests per render.
const load = cache(async (lang: string, slug: string) => {
  const locale = localeOf(lang)
  const data = await cmsDocumentQuery(NewsDetailDocument, { slug, locale }, [cacheTags.document('news', slug), cacheTags.list('projects')])
  const item = data.News?.docs[0]
  if (!item) notFound()
  return { locale, item, lang: itemLang(locale, slug, await translatedSlugs('news', locale, [slug])) }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, item } = await load((await params).lang, (await params).slug)
  return pageMetadata({
    locale,
    path: `/aktuelles/${item.slug}`,
    title: item.title,
    description: item.teaser,
    image: item.image,
    meta: item.meta,
    type: 'article',
  })
}

export default async function NewsItemPage({ params }: Props) {
  const { locale, item, lang } = await load((await params).lang, (await params).slug)
  const dictionary = t(locale)
  const neighbours = item.publishedAt ? await cmsQuery(NewsNeighboursDocument, { publishedAt: item.publishedAt, locale }, { tags: [cacheTags.list('news')] }) : null
  const older = neighbours?.older?.docs[0]
  const newer = neighbours?.newer?.docs[0]
  return (
    <article className="news-item">
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: item.title,
          description: item.teaser ?? undefined,
          datePublished: item.publishedAt ?? undefined,
          dateModified: item.updatedAt ?? undefined,
          url: `${siteUrl}${localePath(locale, `/aktuelles/${item.slug}`)}`,
          image: item.image?.sizes?.og?.url ? [`${siteUrl}${publicFileUrl(item.image.sizes.og.url)}`] : undefined,
          inLanguage: locale,
          publisher: { '@type': 'Organization', name: 'Die Impulsregion e.V.', url: siteUrl },
        }}
      />
      <FallbackNotice locale={locale} lang={lang} />
      <h1 lang={lang}>{item.title}</h1>
      {item.publishedAt && (
        <p className="meta">
          {dictionary.news.published} <time dateTime={item.publishedAt}>{formatDateTime(item.publishedAt, locale)}</time>
        </p>
      )}
      {item.image && <CmsImage image={item.image} sizes="(min-width: 48rem) 48rem, 100vw" priority />}
      {item.teaser && (
        <p className="lead" lang={lang}>
          {item.teaser}
        </p>
      )}
      <RichText data={item.body} lang={lang} />
      <AttachmentList attachments={item.attachments} heading={dictionary.news.attachments} locale={locale} />
      {!!item.relatedProjects?.length && (
        <section aria-labelledby="projekte">
          <h2 id="projekte">{dictionary.news.relatedProjects}</h2>
          <ul>
            {item.relatedProjects.map((project) =>
              project ? (
                <li key={project.id}>
                  <SiteLink href={localePath(locale, `/projekte/${project.slug}`)}>{project.title}</SiteLink>
                </li>
              ) : null,
            )}
          </ul>
        </section>
      )}
      {(older || newer) && (
        <nav className="neighbours" aria-label={dictionary.news.title}>
          {newer && (
            <SiteLink href={localePath(locale, `/aktuelles/${newer.slug}`)} rel="next">
              {dictionary.news.next}: {newer.title}
            </SiteLink>
          )}
          {older && (
            <SiteLink href={localePath(locale, `/aktuelles/${older.slug}`)} rel="prev">
              {dictionary.news.previous}: {older.title}
            </SiteLink>
          )}
        </nav>
      )}
    </article>
  )
}
