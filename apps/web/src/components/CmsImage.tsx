import Image from 'next/image'

import type { ImageFragment } from '@/graphql/generated'
import { publicFileUrl } from '@/lib/files'

/**
 * An image from the CMS at its intrinsic size (no layout shift) with the CMS's alt text, served
 * from the site's own host. The sharp sizes the CMS made serve as the srcset, so the site does
 * not resize images again.
 */
export function CmsImage({ image, sizes, priority = false }: { image: ImageFragment; sizes: string; priority?: boolean }) {
  const src = publicFileUrl(image.url)
  if (!src || !image.width || !image.height) return null
  const variants = [image.sizes?.card, image.sizes?.tablet].filter((size): size is { url: string; width: number; height: number } => !!publicFileUrl(size?.url) && !!size?.width)
  const srcSet = [...variants.map((size) => `${publicFileUrl(size.url)} ${size.width}w`), `${src} ${image.width}w`].join(', ')
  return (
    <Image
      src={src}
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
