import { BriefcaseBusiness, Compass, FlaskConical, type LucideIcon, MapPinned, Newspaper, Theater, TramFront, Trophy } from 'lucide-react'

import type { ProjectCategory_Icon } from '@/graphql/generated'

const ICONS: Record<ProjectCategory_Icon, LucideIcon> = {
  region: MapPinned,
  mobility: TramFront,
  culture: Theater,
  science: FlaskConical,
  economy: BriefcaseBusiness,
  tourism: Compass,
  sport: Trophy,
}

/** A category's pictogram, decorative: the category's name is in the card's text. */
export function CategoryIcon({ icon }: { icon: ProjectCategory_Icon }) {
  const Icon = ICONS[icon]
  return <Icon aria-hidden="true" focusable="false" strokeWidth={1.5} />
}

/** The pictogram of a news item without an image. */
export function NewsIcon() {
  return <Newspaper aria-hidden="true" focusable="false" strokeWidth={1.5} />
}
