/**
 * @jest-environment jsdom
 */
import { render, screen, within } from '@testing-library/react'
import { PathnameContext } from 'next/dist/shared/lib/hooks-client-context.shared-runtime'

import { localePath } from '@impulsregion/publishing/routes'

import { AttachmentList } from '@/components/AttachmentList'
import { BoardList } from '@/components/BoardList'
import { ProjectCard } from '@/components/Card/ProjectCard'
import { Pagination } from '@/components/Pagination'
import { ProjectFilters } from '@/components/ProjectFilters'
import { RegionMap } from '@/components/RegionMap'
import { RichText } from '@/components/RichText'
import { SiteHeader } from '@/components/SiteHeader'
import { Timeline } from '@/components/Timeline'
import type { BoardRole } from '@/lib/board'
import { itemLang } from '@/lib/fallback'
import { formatFileSize } from '@/lib/format'
import { t } from '@/lib/i18n'
import { pageLinks, parsePage } from '@/lib/pagination'
import { projectListQuery, projectWhere, readProjectFilters } from '@/lib/projectFilters'

import { richText } from '../../cms/src/seed/richText'

const de = t('de')

describe('pagination', () => {
  it('links first, last and the neighbours of the current page, with gaps between', () => {
    const shown = pageLinks(6, 20).map((link) => (link.type === 'gap' ? '…' : link.current ? `[${link.page}]` : String(link.page)))
    expect(shown).toEqual(['1', '…', '5', '[6]', '7', '…', '20'])
    expect(pageLinks(2, 4).map((link) => (link.type === 'page' ? link.page : '…'))).toEqual([1, 2, 3, 4])
    expect(pageLinks(1, 1)).toEqual([])
    expect([parsePage('3'), parsePage('0'), parsePage('abc'), parsePage(undefined), parsePage(['2', '5'])]).toEqual([3, 1, 1, 1, 2])
  })

  it('renders real links, marks the current page and offers previous/next', () => {
    render(<Pagination current={2} total={3} href={(page) => `/aktuelles?seite=${page}`} labels={de.pagination} />)
    const nav = screen.getByRole('navigation', { name: 'Seiten' })
    expect(within(nav).getByText('Vorherige Seite').getAttribute('href')).toBe('/aktuelles?seite=1')
    expect(within(nav).getByText('Nächste Seite').getAttribute('href')).toBe('/aktuelles?seite=3')
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe('Aktuelle Seite: 2')
    expect(within(nav).getByRole('link', { name: 'Seite 3' }).getAttribute('href')).toBe('/aktuelles?seite=3')
  })
})

describe('project filters', () => {
  it('keep the filters in the links to other pages of the list', () => {
    const state = readProjectFilters({ kategorie: 'kultur', mitglied: '2', seite: '3' })
    expect(projectListQuery(state, 2)).toBe('?kategorie=kultur&mitglied=2&seite=2')
    expect(projectListQuery(state, 1)).toBe('?kategorie=kultur&mitglied=2')
    expect(projectListQuery({}, 1)).toBe('')
    expect(readProjectFilters(Object.fromEntries(new URLSearchParams(projectListQuery({ themeYear: '1999', status: 'laufend' }, 4))))).toEqual({
      category: undefined,
      member: undefined,
      themeYear: '1999',
      status: 'laufend',
    })
  })

  const lookup = { categories: [{ id: 4, slug: 'kultur' }], themeYears: [{ id: 7, year: 1999 }], memberIds: [1, 2] }

  it('turns the URL into a GraphQL where; unknown values match nothing instead of everything', () => {
    const state = readProjectFilters({ kategorie: 'kultur', themenjahr: '1999', stand: 'abgeschlossen', mitglied: '2' })
    expect(projectWhere(state, lookup)).toEqual({
      AND: [{ category: { equals: 4 } }, { partners: { in: [2] } }, { themeYear: { equals: 7 } }, { projectStatus: { equals: 'completed' } }],
    })
    expect(projectWhere(readProjectFilters({ kategorie: 'gibt-es-nicht' }), lookup)).toEqual({ AND: [{ id: { equals: -1 } }] })
    expect(projectWhere(readProjectFilters({}), lookup)).toEqual({})
  })

  it('renders a GET form whose selects keep the chosen values and have labels', () => {
    const options = { category: [{ value: 'kultur', label: 'Kultur' }], member: [], themeYear: [], status: [{ value: 'laufend', label: 'laufend' }] }
    render(<ProjectFilters action="/projekte" state={{ category: 'kultur' }} options={options} labels={de.projects} />)
    const form = screen.getByRole('form', { name: 'Projekte filtern' })
    expect(form.getAttribute('method')).toBe('get')
    expect((screen.getByLabelText('Kategorie') as HTMLSelectElement).value).toBe('kultur')
    expect((screen.getByLabelText('Stand') as HTMLSelectElement).value).toBe('')
    expect(screen.getByText('Filter zurücksetzen').getAttribute('href')).toBe('/projekte')
  })
})

describe('timeline', () => {
  it('orders milestones by date and shows each only as precisely as known', () => {
    render(
      <Timeline
        locale="de"
        milestones={[
          { date: '2016-12-05T00:00:00.000Z', precision: 'day', title: 'Verein' },
          { date: '1999-01-01T00:00:00.000Z', precision: 'year', title: 'Beirat' },
          { date: '2024-06-01T00:00:00.000Z', precision: 'month', title: '20 Jahre' },
        ]}
      />,
    )
    const items = screen.getAllByRole('listitem').map((item) => item.querySelector('time')?.textContent)
    expect(items).toEqual(['1999', '5. Dezember 2016', 'Juni 2024'])
  })
})

describe('board', () => {
  const role = (id: number, personName: string, fn: BoardRole['function'], from: string, to: string | null): BoardRole => ({
    id,
    personName,
    office: 'Oberbürgermeister',
    function: fn,
    member: { name: 'Stadt' },
    term: { from, to, precision: 'year' },
  })
  const roles = [
    role(1, 'Peter Kleine', 'chair', '2024-01-01T00:00:00Z', '2024-12-31T00:00:00Z'),
    role(2, 'Christiane Schmidt-Rose', 'deputyChair', '2024-01-01T00:00:00Z', '2024-12-31T00:00:00Z'),
    role(3, 'Vorjahr', 'chair', '2023-01-01T00:00:00Z', '2023-12-31T00:00:00Z'),
  ]

  it('shows the latest known board with its date when no term covers today, and the chairs by year', () => {
    render(<BoardList roles={roles} show="both" labels={de.board} locale="de" today={new Date('2026-11-22')} />)
    expect(screen.getByText('Stand 2024')).toBeTruthy()
    const cards = within(screen.getByRole('list', { name: 'Vorstand' })).getAllByRole('listitem')
    expect(cards.map((card) => [within(card).getByRole('heading', { level: 3 }).textContent, card.querySelector('p')?.textContent])).toEqual([
      ['Peter Kleine', 'Vorsitz'],
      ['Christiane Schmidt-Rose', 'Stellvertretender Vorsitz'],
    ])
    // The initials stand in for a portrait; screen readers hear the name once, not the letters.
    expect(cards.map((card) => card.querySelector('[aria-hidden="true"]')?.textContent)).toEqual(['PK', 'CS'])
    const chairs = within(screen.getByRole('heading', { name: 'Vorsitz nach Jahren' }).nextElementSibling as HTMLElement).getAllByRole('listitem')
    expect(chairs.map((item) => item.textContent)).toEqual(['2024 Peter Kleine, Oberbürgermeister', '2023 Vorjahr, Oberbürgermeister'])
  })

  it('shows the board in office without a date when a term covers today', () => {
    render(<BoardList roles={roles} show="current" labels={de.board} locale="de" today={new Date('2023-06-01')} />)
    expect(screen.queryByText(/^Stand/)).toBeNull()
    expect(screen.getByText('Vorjahr')).toBeTruthy()
    expect(screen.queryByText('Vorsitz nach Jahren')).toBeNull()
  })
})

describe('attachments', () => {
  it('lists PDFs with title and German file size, linked to the CMS', () => {
    render(
      <AttachmentList
        locale="de"
        heading="Dokumente"
        attachments={[{ id: 1, title: 'Jahresbericht 2024', filename: 'bericht.pdf', filesize: 1_258_291, url: '/api/documents/file/bericht.pdf' }, null]}
      />,
    )
    const link = screen.getByRole('link', { name: 'Jahresbericht 2024' })
    expect(link.getAttribute('href')).toBe('/dokumente/bericht.pdf')
    expect(link.parentElement?.textContent).toBe('Jahresbericht 2024 (PDF, 1,2 MB)')
    expect([formatFileSize(900), formatFileSize(15_360), formatFileSize(1_258_291, 'en')]).toEqual(['900 Byte', '15 KB', '1.2 MB'])
  })

  it('renders nothing without attachments', () => {
    const { container } = render(<AttachmentList locale="de" heading="Dokumente" attachments={[]} />)
    expect(container.innerHTML).toBe('')
  })
})

describe('rich text', () => {
  it('renders Lexical JSON with Payload’s converter: headings, paragraphs, lists, quotes', () => {
    const { container } = render(<RichText data={richText({ heading: 'Ziele' }, 'Erster Absatz.', { list: ['eins', 'zwei'] }, { quote: 'Zitat' })} />)
    expect(container.querySelector('h2')?.textContent).toBe('Ziele')
    expect(container.querySelector('p')?.textContent).toBe('Erster Absatz.')
    expect([...container.querySelectorAll('li')].map((item) => item.textContent)).toEqual(['eins', 'zwei'])
    expect(container.querySelector('blockquote')?.textContent).toBe('Zitat')
  })

  it('renders nothing for empty content', () => {
    const { container } = render(<RichText data={null} />)
    expect(container.innerHTML).toBe('')
  })
})

describe('language switch', () => {
  // The router's pathname as the browser has it (German without prefix) and as the server's
  // rendering of the rewritten route has it (/de/...): both must give the same link.
  const header = (locale: 'de' | 'en', pathname: string) =>
    render(
      <PathnameContext.Provider value={pathname}>
        <SiteHeader
          site={{ name: 'Die Impulsregion e.V.', claim: null, logo: null, office: null }}
          items={[{ id: 'a', label: 'Aktuelles', path: '/aktuelles', page: null }]}
          locale={locale}
          dictionary={t(locale)}
        />
      </PathnameContext.Provider>,
    )

  it.each([
    ['de', '/projekte/x', 'This page in English', '/en/projekte/x', 'en'],
    ['de', '/de/projekte/x', 'This page in English', '/en/projekte/x', 'en'],
    ['de', '/de', 'This page in English', '/en', 'en'],
    ['en', '/en/projekte/x', 'Diese Seite auf Deutsch', '/projekte/x', 'de'],
    ['en', '/en', 'Diese Seite auf Deutsch', '/', 'de'],
  ] as const)('on %s page %s links %s', (locale, pathname, name, href, lang) => {
    header(locale, pathname)
    const link = screen.getByRole('link', { name })
    expect([link.getAttribute('href'), link.getAttribute('lang'), link.getAttribute('hreflang')]).toEqual([href, lang, lang])
  })

  it('keeps the menu in the page language', () => {
    header('de', '/')
    expect(screen.getByRole('link', { name: 'Aktuelles' }).getAttribute('href')).toBe('/aktuelles')
    expect([localePath('en', '/'), localePath('en', '/projekte'), localePath('de', 'ziele')]).toEqual(['/en', '/en/projekte', '/ziele'])
  })
})

describe('German fallback on English pages', () => {
  it('marks untranslated content as German, and nothing on German pages', () => {
    const translated = new Set(['projekt-a'])
    expect([
      itemLang('en', 'projekt-a', translated),
      itemLang('en', 'projekt-b', translated),
      itemLang('en', null, translated),
      itemLang('de', 'projekt-b', undefined),
      itemLang('en', 'x', undefined),
    ]).toEqual([undefined, 'de', 'de', undefined, undefined])
  })
})

describe('start page map and cards', () => {
  const places = [
    { id: 1, name: 'Stadt Erfurt', shortName: 'Erfurt', district: false, location: { latitude: 50.9787, longitude: 11.0287 } },
    { id: 4, name: 'Kreis Weimarer Land', shortName: 'Weimarer Land', district: true, location: { latitude: 51.026, longitude: 11.514 } },
  ]

  it('draws the places as links to their members-page entries, with a title and a description', () => {
    const { container } = render(<RegionMap places={places} locale="de" labels={de.home.map} />)
    const links = within(container.querySelector<HTMLElement>('svg')!).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Erfurt', '/mitglieder#mitglied-1'],
      ['Weimarer Land', '/mitglieder#mitglied-4'],
    ])
    expect(container.querySelector('title')?.textContent).toBe('Karte der Impulsregion')
    expect(container.querySelector('desc')?.textContent).toContain('von West nach Ost: Erfurt und Weimarer Land')
    // The district as an area around its seat; the towns as points only.
    expect(container.querySelectorAll('ellipse')).toHaveLength(1)
    render(<RegionMap places={places} locale="en" labels={t('en').home.map} />)
    expect(screen.getAllByRole('link', { name: 'Erfurt' }).map((link) => link.getAttribute('href'))).toContain('/en/mitglieder#mitglied-1')
  })

  it('gives a project without an image its category’s pictogram, one link on the title', () => {
    const project = {
      id: 1,
      title: 'Sport im Park',
      slug: 'sport-im-park',
      summary: null,
      projectStatus: 'ongoing' as const,
      image: null,
      category: { title: 'Sport', slug: 'sport', icon: 'sport' as const },
    }
    const { container } = render(<ProjectCard project={project} locale="de" labels={de.projects} headingLevel={2} />)
    expect(
      within(container)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/projekte/sport-im-park'])
    expect(within(container).getByRole('heading', { level: 2 }).textContent).toBe('Sport im Park')
    expect(container.querySelector('[data-pictogram="sport"] svg')?.getAttribute('aria-hidden')).toBe('true')
    expect(container.querySelector('img')).toBeNull()
  })
})
