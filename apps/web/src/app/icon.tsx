import { ImageResponse } from 'next/og'

import { APP_ICON_SIZES, AppIcon, colourTokens, faviconSvg } from '@/lib/brandImages'

/**
 * The site's icons, prerendered at build time: the SVG favicon, and PNGs of 192 and 512 px for
 * browsers without SVG favicons and for the web app manifest (app/manifest.ts).
 */
export function generateImageMetadata() {
  return [{ id: 'mark', contentType: 'image/svg+xml' }, ...APP_ICON_SIZES.map((size) => ({ id: String(size), contentType: 'image/png', size: { width: size, height: size } }))]
}

export default async function Icon({ id }: { id: Promise<string> }) {
  const colours = await colourTokens()
  const name = await id
  if (name === 'mark') return new Response(faviconSvg({ brand: colours.brand!, onBrand: colours['on-brand']! }), { headers: { 'content-type': 'image/svg+xml' } })
  const size = Number(name)
  return new ImageResponse(<AppIcon size={size} brand={colours.brand!} onBrand={colours['on-brand']!} />, { width: size, height: size })
}
