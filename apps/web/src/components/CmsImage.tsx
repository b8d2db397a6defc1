import type { ImageFragment } from '@/graphql/generated'
import { publicFileUrl } from '@/lib/files'

/** Whether CmsImage can show this image (a file on this site, of known size); if not, a fallback is due. */
export const isShowableImage = (image: ImageFragment | null | undefined): image is ImageFragment => !!publicFileUrl(image?.url) && !!image?.width && !!image?.height

/**
 * An image from the CMS at its intrinsic size (no layout shift) with the CMS's alt text, served
 * from the site's own host. The sharp sizes the CMS made are the srcset, so a phone loads the
 * 768-pixel variant, not the original. A plain `<img>`: next/image without its optimiser drops a
 * custom srcset and `sizes`. `priority` marks the page's largest image (its LCP element).
 */
export function CmsImage({ image, sizes, priority = false }: { image: ImageFragment; sizes: string; priority?: boolean }) {
  const src = publicFileUrl(image.url)
  if (!src || !image.width || !image.height) return null
  const variants = [image.sizes?.card, image.sizes?.tablet].filter((size): size is { url: string; width: number; height: number } => !!publicFileUrl(size?.url) && !!size?.width)
  const srcSet = [...variants.map((size) => `${publicFileUrl(size.url)} ${size.width}w`), `${src} ${image.width}w`].join(', ')
  return (
    <img
      src={src}
      srcSet={srcSet}
      sizes={sizes}
      alt={image.alt ?? ''}
      width={image.width}
      height={image.height}
      decoding="async"
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
    />
  )
}
