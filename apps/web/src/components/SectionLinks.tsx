import { collectionPath, localePath, sitePaths } from '@impulsregion/publishing/routes'

import { AsideSection } from '@/components/ArticleLayout'
import { SiteLink } from '@/components/SiteLink'
import type { Locale } from '@/lib/format'
import { t } from '@/lib/i18n'

/** The site's sections as ways on from a search, a missing page or an error. */
export function SectionLinks({ locale }: { locale: Locale }) {
  const dictionary = t(locale)
  const sections = [
    [collectionPath('news', locale), dictionary.news.title],
    [collectionPath('projects', locale), dictionary.projects.title],
    [collectionPath('theme-years', locale), dictionary.themeYears.title],
    [localePath(locale, sitePaths.members), dictionary.members.title],
  ] as const
  return (
    <AsideSection heading={dictionary.aside.sections} id="bereiche">
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
