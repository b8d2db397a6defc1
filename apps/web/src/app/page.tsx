import { CmsUnavailable } from '@/components/CmsUnavailable'
import { HomeView } from '@/components/HomeView'
import { HomePageDocument } from '@/graphql/generated'
import { cmsQuery } from '@/lib/cms'

// Rendered per request so the build never depends on a running CMS; caching comes with revalidation.
export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const data = await cmsQuery(HomePageDocument, { locale: 'de' }).catch((error: unknown) => {
    console.error('Startseite: CMS nicht erreichbar', error)
    return null
  })
  return data ? <HomeView data={data} /> : <CmsUnavailable />
}
