import type { CollectionConfig } from 'payload'

import { publishedReadStaffWrite } from '../access/presets'
import { BoardListBlock } from '../blocks/BoardListBlock'
import { CallToActionBlock } from '../blocks/CallToActionBlock'
import { ImageBlock } from '../blocks/ImageBlock'
import { MemberGridBlock } from '../blocks/MemberGridBlock'
import { RichTextBlock } from '../blocks/RichTextBlock'
import { TimelineBlock } from '../blocks/TimelineBlock'
import { slug } from '../fields/slug'
import { editorialVersions, sitePreview } from './editorial'

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Seite', plural: 'Seiten' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status', 'updatedAt'], group: 'Inhalte', ...sitePreview('pages') },
  graphQL: { singularName: 'Page', pluralName: 'Pages' },
  defaultSort: 'title',
  versions: editorialVersions,
  access: publishedReadStaffWrite,
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true },
    slug(),
    {
      name: 'intro',
      type: 'textarea',
      label: 'Einleitung',
      localized: true,
      admin: { description: 'Kurzer Einleitungstext unter der Überschrift; auch Beschreibung für Suchmaschinen.' },
    },
    {
      name: 'layout',
      type: 'blocks',
      label: 'Inhalt',
      labels: { singular: 'Abschnitt', plural: 'Abschnitte' },
      blocks: [RichTextBlock, ImageBlock, TimelineBlock, MemberGridBlock, BoardListBlock, CallToActionBlock],
      localized: false,
    },
  ],
}
