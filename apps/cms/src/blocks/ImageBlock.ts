import type { Block } from 'payload'

export const ImageBlock: Block = {
  slug: 'image',
  interfaceName: 'ImageBlock',
  labels: { singular: 'Bild', plural: 'Bilder' },
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', label: 'Bild', required: true },
    {
      name: 'caption',
      type: 'text',
      label: 'Bildunterschrift',
      localized: true,
      admin: { description: 'Optional. Der Alternativtext kommt aus dem Bild selbst.' },
    },
  ],
}
