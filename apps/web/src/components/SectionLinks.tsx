import { collectionPath, localePath, sitePaths } from '@impulsregion/publishing/routes'

import { AsideSection } from '@/components/ArticleLayout'
import { SiteLink } from '@/components/SiteLink'
import type { Locale } from '@/lib/format'
import { noticeTexts } from '@/lib/noticeTexts'

/** The site's sections as ways on from a search, a missing page or an error. */
export function SectionLinks({ locale }: { locale: Locale }) {
  const labels = noticeTexts(locale).sections
  const sections = [
    [collectionPath('news', locale), labels.news],
    [collectionPath('projects', locale), labels.projects],
    [collectionPath('theme-years', locale), labels.themeYears],
    [localePath(locale, sitePaths.members), labels.members],
  ] as const
  return (
    <AsideSection heading={labels.heading} id="bereiche">
      <ul>
        {sections.map(([href, label]) => (
          <li key={href}>
            <SiteLink href={href}>{label}</SiteLink>
          </li>
        ))}
      </ul>
    </AsideSection>
  )
}
