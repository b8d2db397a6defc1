import { NotFoundNotice } from '@/components/NotFoundNotice'

export default function NotFound() {
  return <NotFoundNotice />
}
