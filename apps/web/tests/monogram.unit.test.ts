import { monogram } from '@/lib/monogram'

describe('monogram', () => {
  it('takes the first and the last word that carries meaning', () => {
    expect(['Erfurt', 'Jena', 'Weimarer Land', 'Erfurt Tourismus', 'Weimarer Land Tourismus'].map(monogram)).toEqual(['E', 'J', 'WL', 'ET', 'WT'])
  })

  it('splits joined words and leaves out legal forms, titles and connectives', () => {
    expect(['JenaWirtschaft', 'weimar GmbH', 'Dr. Thomas Nitzsche', 'Stadt Jena', 'Die Impulsregion e. V.', 'Verkehrs- und Tarifverbund'].map(monogram)).toEqual([
      'JW',
      'W',
      'TN',
      'J',
      'I',
      'VT',
    ])
  })

  it('keeps umlauts and falls back to the first letter of a name of only skipped words', () => {
    expect([monogram('Östliche Allianz'), monogram('GmbH'), monogram('')]).toEqual(['ÖA', 'G', ''])
  })
})
