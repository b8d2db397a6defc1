import type { Metadata } from 'next'

import { documentPath, localePath, sitePaths } from '@impulsregion/publishing'

import { ArticleLayout, AsideSection } from '@/components/ArticleLayout'
import { AttachmentList } from '@/components/AttachmentList'
import { JsonLd } from '@/components/JsonLd'
import { CmsImage } from '@/components/CmsImage'
import { FallbackNotice } from '@/components/FallbackNotice'
import { memberAnchor } from '@/components/MemberGrid'
import { RichText } from '@/components/RichText'
import { SiteLink } from '@/components/SiteLink'
import { newsArticleJsonLd, newsItem, newsNeighbours } from '@/lib/content/news'
import { formatDateTime } from '@/lib/format'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { renderOnDemand } from '@/lib/route'

type Props = { params: Promise<{ lang: string; slug: string }> }

export const generateStaticParams = renderOnDemand

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, item } = await newsItem((await params).lang, (await params).slug)
  return pageMetadata({
    locale,
    path: documentPath('news', item.slug ?? ''),
    title: item.title,
    description: item.teaser,
    image: item.image,
    meta: item.meta,
    type: 'article',
  })
}

export default async function NewsItemPage({ params }: Props) {
  const { locale, item, lang } = await newsItem((await params).lang, (await params).slug)
  const dictionary = t(locale)
  const { older, newer } = await newsNeighbours(item, locale)
  const header = (
    <>
      <FallbackNotice locale={locale} lang={lang} />
      <h1 lang={lang}>{item.title}</h1>
      {item.publishedAt && (
        <p className="meta">
          {dictionary.news.published} <time dateTime={item.publishedAt}>{formatDateTime(item.publishedAt, locale)}</time>
        </p>
      )}
    </>
  )
  const projects = (item.relatedProjects ?? []).filter((project) => !!project)
  const members = (item.relatedMembers ?? []).filter((member) => !!member)
  const aside = (
    <>
      {!!projects.length && (
        <AsideSection heading={dictionary.news.relatedProjects} id="projekte">
          <ul>
            {projects.map((project) => (
              <li key={project.id}>
                <SiteLink href={documentPath('projects', project.slug ?? '', locale)}>{project.title}</SiteLink>
              </li>
            ))}
          </ul>
        </AsideSection>
      )}
      {!!members.length && (
        <AsideSection heading={dictionary.aside.members} id="mitglieder">
          <ul>
            {members.map((member) => (
              <li key={member.id}>
                <SiteLink href={`${localePath(locale, sitePaths.members)}#${memberAnchor(member.id)}`}>{member.name}</SiteLink>
              </li>
            ))}
          </ul>
        </AsideSection>
      )}
      {(older || newer) && (
        <AsideSection heading={dictionary.news.title} id="weitere-meldungen">
          <nav aria-labelledby="weitere-meldungen">
            <ul>
              {newer && (
                <li>
                  <SiteLink href={documentPath('news', newer.slug ?? '', locale)} rel="next">
                    {dictionary.news.next}: {newer.title}
                  </SiteLink>
                </li>
              )}
              {older && (
                <li>
                  <SiteLink href={documentPath('news', older.slug ?? '', locale)} rel="prev">
                    {dictionary.news.previous}: {older.title}
                  </SiteLink>
                </li>
              )}
            </ul>
          </nav>
        </AsideSection>
      )}
    </>
  )
  return (
    <ArticleLayout header={header} aside={aside} asideLabel={dictionary.aside.label}>
      <JsonLd data={newsArticleJsonLd(item, locale)} />
      {item.image && <CmsImage image={item.image} sizes="(min-width: 48rem) 48rem, 100vw" priority />}
      {item.teaser && (
        <p className="lead" lang={lang}>
          {item.teaser}
        </p>
      )}
      <RichText data={item.body} lang={lang} />
      <AttachmentList attachments={item.attachments} heading={dictionary.news.attachments} locale={locale} />
    </ArticleLayout>
  )
}
