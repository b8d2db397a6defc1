import Image from 'next/image'

import type { ImageFragment } from '@/graphql/generated'
import { cmsUrl } from '@/lib/cmsUrl'

/**
 * An image from the CMS at its intrinsic size (no layout shift) with the CMS's alt text. The
 * sharp sizes the CMS made serve as the srcset, so the site does not resize images again.
 */
export function CmsImage({ image, sizes, priority = false }: { image: ImageFragment; sizes: string; priority?: boolean }) {
  if (!image.url || !image.width || !image.height) return null
  const variants = [image.sizes?.card, image.sizes?.tablet].filter((size): size is { url: string; width: number; height: number } => !!size?.url && !!size.width)
  const srcSet = [...variants.map((size) => `${cmsUrl}${size.url} ${size.width}w`), `${cmsUrl}${image.url} ${image.width}w`].join(', ')
  return (
    <Image
      src={`${cmsUrl}${image.url}`}
      alt={image.alt ?? ''}
      width={image.width}
      height={image.height}
      sizes={sizes}
      priority={priority}
      unoptimized
      // next/image forwards unknown props; the browser picks from the CMS's own sizes.
      {...{ srcSet }}
    />
  )
}
