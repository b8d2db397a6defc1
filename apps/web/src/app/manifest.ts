import type { MetadataRoute } from 'next'

import { APP_ICON_SIZES, ASSOCIATION_NAME, colourTokens } from '@/lib/brandImages'

/** The web app manifest: the name and icons a phone shows when the site is added to its home screen. */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const colours = await colourTokens()
  return {
    name: ASSOCIATION_NAME,
    short_name: 'Impulsregion',
    description: 'Erfurt, Jena, Weimar und das Weimarer Land: gemeinsam für eine starke Region in Thüringen.',
    lang: 'de',
    start_url: '/',
    display: 'browser',
    theme_color: colours.brand,
    background_color: colours.page,
    // The same images serve as plain and as maskable icons: the mark keeps to the maskable safe zone.
    icons: APP_ICON_SIZES.flatMap((size) => (['any', 'maskable'] as const).map((purpose) => ({ src: `/icon/${size}`, sizes: `${size}x${size}`, type: 'image/png', purpose }))),
  }
}
