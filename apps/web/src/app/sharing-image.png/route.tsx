import { ImageResponse } from 'next/og'

import { BRAND_CLAIM, BRAND_NAME, BRAND_PLACES, colourTokens, markShapes, MarkSvg, SHARING_IMAGE, sourceSansFonts } from '@/lib/brandImages'

// Rendered once by `next build`; every page without an image of its own links it (lib/metadata.ts).
export const dynamic = 'force-static'

/** The branded sharing image: the mark, the name, the claim and the four partners' places. */
export async function GET() {
  const colours = await colourTokens()
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 88px',
        background: colours.brand,
        color: colours['on-brand'],
        fontFamily: 'Source Sans 3',
      }}
    >
      <MarkSvg shapes={markShapes(300, { dotRadius: 15, strokeWidth: 8 })} colour={colours['on-brand']!} />
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: 104, fontWeight: 700, lineHeight: 1.05, letterSpacing: '-0.01em' }}>{BRAND_NAME}</div>
        <div style={{ fontSize: 44, marginTop: 20, lineHeight: 1.2 }}>{BRAND_CLAIM}</div>
      </div>
      <div style={{ display: 'flex', fontSize: 34, fontWeight: 700, color: colours['brand-tint'], borderTop: `2px solid ${colours['brand-tint']}`, paddingTop: 28 }}>
        {BRAND_PLACES.join('  ·  ')}
      </div>
    </div>,
    { width: SHARING_IMAGE.width, height: SHARING_IMAGE.height, fonts: await sourceSansFonts() },
  )
}
