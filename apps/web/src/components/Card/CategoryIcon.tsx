import { BriefcaseBusiness, Compass, FlaskConical, type IconNode, MapPinned, Newspaper, Theater, TramFront, Trophy } from 'lucide'

import { Icon } from '@/components/Icon'
import type { ProjectCategory_Icon } from '@/graphql/generated'

const ICONS: Record<ProjectCategory_Icon, IconNode> = {
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
  return <Icon node={ICONS[icon]} strokeWidth={1.5} />
}

/** The pictogram of a news item without an image. */
export function NewsIcon() {
  return <Icon node={Newspaper} strokeWidth={1.5} />
}
