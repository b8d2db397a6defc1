import { headers } from 'next/headers'

import { Notice } from '@/components/Notice'
import { SiteLink } from '@/components/SiteLink'
import { t } from '@/lib/i18n'

export default async function NotFound() {
  // not-found receives no params; the proxy tells the language.
  const locale = (await headers()).get('x-site-locale') === 'en' ? 'en' : 'de'
  const labels = t(locale).notFound
  return (
    <Notice title={labels.title} text={labels.text}>
      <p>
        <SiteLink href={locale === 'en' ? '/en' : '/'}>{labels.home}</SiteLink>
      </p>
    </Notice>
  )
}
