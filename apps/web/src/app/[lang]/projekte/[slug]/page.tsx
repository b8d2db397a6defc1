import type { Metadata } from 'next'

import { collectionPath, documentPath } from '@impulsregion/publishing'

import { AttachmentList } from '@/components/AttachmentList'
import { CmsImage } from '@/components/CmsImage'
import { FallbackNotice } from '@/components/FallbackNotice'
import { RichText } from '@/components/RichText'
import { SiteLink } from '@/components/SiteLink'
import { project as loadProject } from '@/lib/content/projects'
import { formatPeriod } from '@/lib/format'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { renderOnDemand } from '@/lib/route'

type Props = { params: Promise<{ lang: string; slug: string }> }

export const generateStaticParams = renderOnDemand

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, project } = await loadProject((await params).lang, (await params).slug)
  return pageMetadata({ locale, path: documentPath('projects', project.slug ?? ''), title: project.title, description: project.summary, image: project.image, meta: project.meta })
}

export default async function ProjectPage({ params }: Props) {
  const { locale, project, lang } = await loadProject((await params).lang, (await params).slug)
  const labels = t(locale).projects
  const period = formatPeriod(project.period, locale)
  return (
    <article className="project">
      <FallbackNotice locale={locale} lang={lang} />
      <h1 lang={lang}>{project.title}</h1>
      {project.image && <CmsImage image={project.image} sizes="(min-width: 48rem) 48rem, 100vw" priority />}
      {project.summary && (
        <p className="lead" lang={lang}>
          {project.summary}
        </p>
      )}
      <dl className="facts">
        <dt>{labels.status}</dt>
        <dd>{project.projectStatus ? labels[project.projectStatus] : '–'}</dd>
        {project.category && (
          <>
            <dt>{labels.category}</dt>
            <dd>
              <SiteLink href={`${collectionPath('projects', locale)}?kategorie=${project.category.slug}`}>{project.category.title}</SiteLink>
            </dd>
          </>
        )}
        {period && (
          <>
            <dt>{labels.period}</dt>
            <dd>{period}</dd>
          </>
        )}
        {project.themeYear && (
          <>
            <dt>{labels.themeYear}</dt>
            <dd>
              <SiteLink href={documentPath('theme-years', project.themeYear.slug ?? '', locale)}>
                {project.themeYear.title} ({project.themeYear.year})
              </SiteLink>
            </dd>
          </>
        )}
        {!!project.partners?.length && (
          <>
            <dt>{labels.partners}</dt>
            <dd>
              <ul>
                {project.partners.map((partner) => (partner ? <li key={partner.id}>{partner.website ? <a href={partner.website}>{partner.name}</a> : partner.name}</li> : null))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <RichText data={project.body} lang={lang} />
      {!!project.links?.length && (
        <section aria-labelledby="links">
          <h2 id="links">{labels.links}</h2>
          <ul>
            {project.links.map((link) => (
              <li key={link.id}>
                <a href={link.url ?? '#'}>{link.label}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <AttachmentList attachments={project.attachments} heading={t(locale).news.attachments} locale={locale} />
    </article>
  )
}
