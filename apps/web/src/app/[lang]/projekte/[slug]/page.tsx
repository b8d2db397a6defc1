import type { Metadata } from 'next'

import { collectionPath, documentPath } from '@impulsregion/publishing'

import { ArticleLayout, AsideSection, FactList } from '@/components/ArticleLayout'
import { AttachmentList } from '@/components/AttachmentList'
import { CmsImage } from '@/components/CmsImage'
import { FallbackNotice } from '@/components/FallbackNotice'
import { RichText } from '@/components/RichText'
import { SiteLink } from '@/components/SiteLink'
import { project as loadProject, relatedProjects } from '@/lib/content/projects'
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
  const dictionary = t(locale)
  const labels = dictionary.projects
  const related = await relatedProjects(project, locale)
  const categoryPath = project.category && `${collectionPath('projects', locale)}?kategorie=${project.category.slug}`
  const partners = (project.partners ?? []).filter((partner) => !!partner)
  const header = (
    <>
      <FallbackNotice locale={locale} lang={lang} />
      <h1 lang={lang}>{project.title}</h1>
      {project.summary && (
        <p className="lead" lang={lang}>
          {project.summary}
        </p>
      )}
    </>
  )
  const aside = (
    <>
      <AsideSection heading={dictionary.aside.facts} id="fakten">
        <FactList
          facts={[
            { term: labels.status, value: project.projectStatus ? labels[project.projectStatus] : '–' },
            { term: labels.category, value: categoryPath && <SiteLink href={categoryPath}>{project.category?.title}</SiteLink> },
            { term: labels.period, value: formatPeriod(project.period, locale) },
            {
              term: labels.themeYear,
              value: project.themeYear && (
                <SiteLink href={documentPath('theme-years', project.themeYear.slug ?? '', locale)}>
                  {project.themeYear.title} ({project.themeYear.year})
                </SiteLink>
              ),
            },
            {
              term: labels.partners,
              value: partners.length > 0 && (
                <ul>
                  {partners.map((partner) => (
                    <li key={partner.id}>{partner.website ? <a href={partner.website}>{partner.name}</a> : partner.name}</li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      </AsideSection>
      {categoryPath && related.projects.length > 0 && (
        <AsideSection heading={dictionary.aside.moreInCategory(project.category?.title ?? '')} id="weitere-projekte">
          <ul>
            {related.projects.map((other) => (
              <li key={other.id}>
                <SiteLink href={documentPath('projects', other.slug ?? '', locale)}>{other.title}</SiteLink>
              </li>
            ))}
            {related.total > related.projects.length && (
              <li>
                <SiteLink href={categoryPath}>{dictionary.aside.allInCategory(related.total + 1)}</SiteLink>
              </li>
            )}
          </ul>
        </AsideSection>
      )}
    </>
  )
  return (
    <ArticleLayout header={header} aside={aside} asideLabel={dictionary.aside.label}>
      {project.image && <CmsImage image={project.image} sizes="(min-width: 48rem) 48rem, 100vw" priority />}
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
      <AttachmentList attachments={project.attachments} heading={dictionary.news.attachments} locale={locale} />
    </ArticleLayout>
  )
}
