import { ImageResponse } from 'next/og'

import { AppIcon, colourTokens } from '@/lib/brandImages'

/** The touch icon on a phone's home screen: iOS rounds its corners itself. */
export const size = { width: 180, height: 180 }
export const contentType = 'image/png'

export default async function AppleIcon() {
  const colours = await colourTokens()
  return new ImageResponse(<AppIcon size={size.width} brand={colours.brand!} onBrand={colours['on-brand']!} />, size)
}
