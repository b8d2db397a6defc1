/**
 * @jest-environment jsdom
 */
import { render, screen, within } from '@testing-library/react'

import { HomeView } from '@/components/HomeView'
import type { HomePageQuery } from '@/graphql/generated'

const data: HomePageQuery = {
  Site: { name: 'Die Impulsregion e.V.', claim: 'Vier starke Partner für eine starke Region' },
  Members: {
    docs: [
      { id: 1, name: 'Stadt Erfurt', shortName: 'Erfurt', kind: 'publicAuthority', website: 'https://www.erfurt.de' },
      { id: 2, name: 'Stadt Jena', shortName: 'Jena', kind: 'publicAuthority', website: 'https://www.jena.de' },
      { id: 3, name: 'Stadt Weimar', shortName: 'Weimar', kind: 'publicAuthority', website: 'https://www.weimar.de' },
      { id: 4, name: 'Kreis Weimarer Land', shortName: 'Weimarer Land', kind: 'publicAuthority', website: null },
      { id: 7, name: 'weimar GmbH', shortName: 'weimar GmbH', kind: 'company', website: null },
    ],
  },
  News: {
    docs: [{ id: 9, title: 'Wechsel in der Geschäftsstelle', slug: 'wechsel-in-der-geschaeftsstelle', publishedAt: '2024-08-01T08:00:00.000Z', teaser: 'Ab August 2024 …' }],
  },
}

describe('HomeView', () => {
  it('shows the association, its four partners, the latest news and all members', () => {
    render(<HomeView data={data} />)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Die Impulsregion e.V.')
    expect(screen.getByText('Vier starke Partner für eine starke Region')).toBeTruthy()

    const partners = within(screen.getByRole('region', { name: 'Die vier Partner' })).getAllByRole('listitem')
    expect(partners.map((item) => item.textContent)).toEqual(['Erfurt', 'Jena', 'Weimar', 'Weimarer Land'])

    const news = screen.getByRole('region', { name: 'Aktuelles' })
    expect(within(news).getByRole('heading', { level: 3 }).textContent).toBe('Wechsel in der Geschäftsstelle')
    expect(within(news).getByText('1. August 2024').getAttribute('datetime')).toBe('2024-08-01T08:00:00.000Z')

    const members = within(screen.getByRole('region', { name: 'Vereinsmitglieder' }))
    expect(members.getByRole('link', { name: 'Stadt Erfurt' }).getAttribute('href')).toBe('https://www.erfurt.de')
    expect(members.queryByRole('link', { name: 'weimar GmbH' })).toBeNull()
    expect(members.getByText('weimar GmbH')).toBeTruthy()
  })

  it('says so when there is no news', () => {
    render(<HomeView data={{ ...data, News: { docs: [] } }} />)
    expect(screen.getByText('Derzeit gibt es keine Meldungen.')).toBeTruthy()
  })
})
