/**
 * The association's real content, written from the two source documents in shared/seeds/:
 * the press release "20 Jahre Impulsregion" (2024) and the pages "Geschichte" and "Ziele".
 * Where a source gives only a month or a year, the date is the first day of it and the
 * `precision` says so; the site then shows only what the source knows.
 */
import type { TextBlock } from './richText'

export const FOUNDING_PARTNERS = ['Stadt Erfurt', 'Stadt Jena', 'Stadt Weimar', 'Kreis Weimarer Land'] as const

export const site = {
  name: 'Die Impulsregion e.V.',
  claim: 'Vier starke Partner für eine starke Region',
}

type MemberSeed = {
  name: string
  shortName: string
  kind: 'publicAuthority' | 'company' | 'association'
  website?: string
  description?: string
  /** The town hall, or for the district the Landratsamt in Apolda (WGS 84, from OpenStreetMap). */
  location?: { latitude: number; longitude: number; district?: boolean }
}

const founder = 'Gründungsmitglied des Vereins „Die Impulsregion“ (5. Dezember 2016).'

export const members: MemberSeed[] = [
  {
    name: 'Stadt Erfurt',
    shortName: 'Erfurt',
    kind: 'publicAuthority',
    website: 'https://www.erfurt.de',
    description: founder,
    location: { latitude: 50.9787, longitude: 11.0287 },
  },
  { name: 'Stadt Jena', shortName: 'Jena', kind: 'publicAuthority', website: 'https://www.jena.de', description: founder, location: { latitude: 50.9287, longitude: 11.5895 } },
  {
    name: 'Stadt Weimar',
    shortName: 'Weimar',
    kind: 'publicAuthority',
    website: 'https://www.weimar.de',
    description: founder,
    location: { latitude: 50.9795, longitude: 11.3297 },
  },
  {
    name: 'Kreis Weimarer Land',
    shortName: 'Weimarer Land',
    kind: 'publicAuthority',
    website: 'https://www.weimarerland.de',
    description: founder,
    location: { latitude: 51.026, longitude: 11.514, district: true },
  },
  {
    name: 'Erfurt Tourismus und Marketing GmbH',
    shortName: 'Erfurt Tourismus',
    kind: 'company',
    website: 'https://www.erfurt-tourismus.de',
  },
  {
    name: 'Wirtschaftsförderungsgesellschaft Jena mbH',
    shortName: 'JenaWirtschaft',
    kind: 'company',
    website: 'https://www.jenawirtschaft.de',
  },
  { name: 'weimar GmbH', shortName: 'weimar GmbH', kind: 'company' },
  { name: 'Weimarer Land Tourismus e. V.', shortName: 'Weimarer Land Tourismus', kind: 'association' },
]

type BoardSeed = {
  personName: string
  office: string
  member: (typeof FOUNDING_PARTNERS)[number]
  function: 'chair' | 'deputyChair' | 'member'
}

/** The board in 2024 ("Geschichte" page and press release). */
export const board2024: BoardSeed[] = [
  { personName: 'Peter Kleine', office: 'Oberbürgermeister der Stadt Weimar', member: 'Stadt Weimar', function: 'chair' },
  {
    personName: 'Christiane Schmidt-Rose',
    office: 'Landrätin des Weimarer Landes',
    member: 'Kreis Weimarer Land',
    function: 'deputyChair',
  },
  { personName: 'Andreas Bausewein', office: 'Oberbürgermeister der Stadt Erfurt', member: 'Stadt Erfurt', function: 'member' },
  { personName: 'Dr. Thomas Nitzsche', office: 'Oberbürgermeister der Stadt Jena', member: 'Stadt Jena', function: 'member' },
]
export const boardTerm = { from: '2024-01-01', to: '2024-12-31', precision: 'year' as const }

export const categories = ['Mobilität', 'Kultur', 'Wissenschaft', 'Wirtschaft & Fachkräfte', 'Tourismus', 'Sport'] as const
type Category = (typeof categories)[number]

/** The pictogram of each category's projects that have no image (ProjectCategories' `icon`). */
export const categoryIcons: Record<Category, 'mobility' | 'culture' | 'science' | 'economy' | 'tourism' | 'sport'> = {
  Mobilität: 'mobility',
  Kultur: 'culture',
  Wissenschaft: 'science',
  'Wirtschaft & Fachkräfte': 'economy',
  Tourismus: 'tourism',
  Sport: 'sport',
}

type ThemeYearSeed = { title: string; year: number; description: TextBlock[] }

export const themeYears: ThemeYearSeed[] = [
  {
    title: 'Kulturstadtjahr Weimar 1999',
    year: 1999,
    description: [
      'In der Vorbereitung auf das Kulturstadtjahr Weimar 1999 etablierte sich ein „Regionaler Beirat“ mit Vertretern der Städte Erfurt, Weimar und Jena und des Kreises Weimarer Land.',
      'Ziel war es, durch gemeinsame Projekte einen möglichst hohen Nutzen aus diesem besonderen Ereignis zu ziehen. Wichtige Veranstaltungstermine wurden abgestimmt und ein Kulturkalender als Jahresüberblick herausgegeben. Mit dem „Regiomobil-Ticket“ wurde erstmalig ein gemeinschaftliches Tarifangebot der Nahverkehrsunternehmen in der Region geschaffen.',
    ],
  },
  {
    title: 'Henry-van-de-Velde-Jahr',
    year: 2013,
    description: [
      'Zum 150. Geburtstag des Künstlers und Architekten Henry van de Velde gehörte das Henry-van-de-Velde-Jahr zu den Themenjahren, die die Partner der Impulsregion gemeinsam getragen haben.',
    ],
  },
  {
    title: 'Bauhausjahr',
    year: 2019,
    description: [
      'Zum 100. Jahrestag der Gründung des Bauhauses in Weimar gehörte das Bauhausjahr zu den Themenjahren, die die Partner der Impulsregion gemeinsam getragen haben.',
    ],
  },
]

type ProjectSeed = {
  title: string
  summary: string
  body?: TextBlock[]
  category?: Category
  status: 'ongoing' | 'completed'
  partners?: string[]
  themeYear?: number
  period?: { from: string; to?: string; precision: 'day' | 'month' | 'year' }
}

export const projects: ProjectSeed[] = [
  {
    title: 'Regiomobil-Ticket',
    summary: 'Zum Kulturstadtjahr Weimar 1999 das erste gemeinschaftliche Tarifangebot der Nahverkehrsunternehmen in der Region.',
    category: 'Mobilität',
    status: 'completed',
    themeYear: 1999,
    period: { from: '1999-01-01', to: '1999-12-31', precision: 'year' },
  },
  {
    title: 'Kulturkalender 1999',
    summary: 'Abgestimmte Veranstaltungstermine und ein gemeinsamer Kulturkalender als Jahresüberblick für das Kulturstadtjahr Weimar 1999.',
    category: 'Kultur',
    status: 'completed',
    themeYear: 1999,
    period: { from: '1999-01-01', to: '1999-12-31', precision: 'year' },
  },
  {
    title: 'Verkehrsverbund Mittelthüringen',
    summary: 'Aus dem ersten gemeinsamen Ticket wurde der Verbundtarif Mittelthüringen: ein Tarif für Bus und Bahn in der ganzen Region.',
    body: [
      'Auf das „Regiomobil-Ticket“ von 1999 folgte die Einführung des Verbundtarifs Mittelthüringen. Der Verkehrsverbund Mittelthüringen zählt zu den zahlreichen gemeinsam geschulterten Projekten, die den Erfolg der langjährigen Zusammenarbeit in der Impulsregion zeigen.',
    ],
    category: 'Mobilität',
    status: 'ongoing',
  },
  {
    title: 'Museumsnächte',
    summary: 'Gemeinsame Museumsnächte gehörten zu den ersten Vorhaben, mit denen die Partner ihre Zusammenarbeit nach 1999 ausdehnten.',
    category: 'Kultur',
    status: 'ongoing',
  },
  {
    title: 'Wissenschaftsnächte',
    summary: 'Gemeinsam veranstaltete Wissenschaftsnächte der Impulsregion.',
    category: 'Wissenschaft',
    status: 'ongoing',
  },
  {
    title: 'Gemeinsame Messeauftritte',
    summary: 'Die Partner der Impulsregion präsentieren die Region gemeinsam auf Messen.',
    category: 'Tourismus',
    status: 'ongoing',
  },
  {
    title: 'Fachkräftegewinnung',
    summary: 'Gemeinsam Fachkräfte sowie Unternehmen für die Region gewinnen.',
    body: [
      '„Wir alle haben die gleichen Interessen: Wir möchten Einwohnern Mehrwerte bieten, Gäste für unsere Region begeistern und Fachkräfte sowie Unternehmen gewinnen. Dafür brauchen wir starke Partner, die wir in der Impulsregion gefunden haben.“ – Andreas Bausewein, Oberbürgermeister der Stadt Erfurt',
    ],
    category: 'Wirtschaft & Fachkräfte',
    status: 'ongoing',
  },
  {
    title: 'Tagungstourismus',
    summary: 'Das Projekt Tagungstourismus wurde in bzw. mit der Impulsregion entwickelt und durchgeführt.',
    category: 'Tourismus',
    status: 'ongoing',
  },
  {
    title: 'Broschüre „GartenImpulse“',
    summary: 'Die Broschüre „GartenImpulse“ wurde in bzw. mit der Impulsregion entwickelt und herausgegeben.',
    category: 'Tourismus',
    status: 'ongoing',
  },
  {
    title: 'Kalender „KulturImpulse“',
    summary: 'Der Kalender „KulturImpulse“ wurde in bzw. mit der Impulsregion entwickelt und herausgegeben.',
    category: 'Kultur',
    status: 'ongoing',
  },
  {
    title: 'Sport im Park',
    summary: 'Sport im Park: ein Projekt, von dem alle Partner profitieren und das keiner für sich allein umgesetzt hätte.',
    category: 'Sport',
    status: 'ongoing',
  },
  {
    title: 'Wirtschaftsatlas',
    summary: 'Der Wirtschaftsatlas gehört zu den Projekten, von denen alle Partner der Impulsregion profitieren.',
    category: 'Wirtschaft & Fachkräfte',
    status: 'ongoing',
  },
  {
    title: 'MINT-Festival',
    summary: 'Das MINT-Festival der Impulsregion für Mathematik, Informatik, Naturwissenschaft und Technik.',
    category: 'Wissenschaft',
    status: 'ongoing',
  },
  {
    title: 'Zweckvereinbarung zur Restabfallbehandlung',
    summary: 'Erfurt, Weimar und der Kreis Weimarer Land schlossen eine Zweckvereinbarung zur Restabfallbehandlung.',
    status: 'completed',
    partners: ['Stadt Erfurt', 'Stadt Weimar', 'Kreis Weimarer Land'],
  },
  {
    title: 'Fortschreibung des Regionalkonzepts',
    summary: 'Im Regionalkonzept formulieren die Partner die gemeinsamen Entwicklungsziele der Impulsregion für die nächsten Jahre.',
    status: 'ongoing',
    period: { from: '2025-01-01', precision: 'year' },
  },
]

const pressReleaseQuotes: TextBlock[] = [
  { heading: 'Vier starke Partner für eine starke Region' },
  {
    quote:
      '„Unsere Impulsregion zeigt eindrucksvoll, wie durch die Anstrengungen und geteilten Visionen einzelner Akteure ein starkes regionales Netzwerk entsteht, das auch nach 20 Jahren Impulse setzt. Das ist genau das, was wir für die Zukunft brauchen“, reflektiert die Landrätin Christiane Schmidt-Rose.',
  },
  'Erfurts Oberbürgermeister Andreas Bausewein ergänzt: „Wir alle haben die gleichen Interessen: Wir möchten Einwohnern Mehrwerte bieten, Gäste für unsere Region begeistern und Fachkräfte sowie Unternehmen gewinnen. Dafür brauchen wir starke Partner, die wir in der Impulsregion gefunden haben.“',
  'Zahlreiche gemeinsam geschulterte Projekte zeigen den Erfolg dieser langjährigen Zusammenarbeit, etwa der Verkehrsverbund Mittelthüringen, die Museums- und Wissenschaftsnächte, die Teilnahme an Messen, die Anwerbung von Fachkräften und verschiedene Themenjahre (Bauhausjahr, Henry-van-de-Velde-Jahr). Auch das Projekt Tagungstourismus, die Broschüre „GartenImpulse“, der Kalender „KulturImpulse“ und zahlreiche andere Marketingaktivitäten wurden in bzw. mit der Impulsregion entwickelt und durchgeführt.',
  '„Durch die Impulsregion konnten alle Partner von Projekten profitieren, die jeder für sich allein wahrscheinlich nicht umgesetzt hätte. Sport im Park, der Wirtschaftsatlas oder das MINT-Festival seien hier nur beispielhaft genannt. Für unsere Bemühungen, die Stadt-Umland-Beziehungen zu stärken, ist das Netzwerk der Impulsregion ein wichtiger Katalysator – und wird es auch künftig bleiben“, unterstreicht der Oberbürgermeister der Stadt Jena, Dr. Thomas Nitzsche.',
  'Um die Effizienz zu erhöhen und die Zusammenarbeit zu vertiefen, wandelte sich die Impulsregion im Jahr 2016 in einen Verein um. Seitdem werden die Tätigkeiten der Arbeitsgruppen und Gremien von einer Geschäftsstelle geleitet und unterstützt.',
  'Seit Juni präsentiert sich die Impulsregion mit einem neu gestalteten Corporate Design und überarbeitetem Internetauftritt. Ab August 2024 wird es einen Wechsel in der Geschäftsstelle geben. Im kommenden Jahr soll dann das Regionalkonzept der Impulsregion fortgeschrieben und darin die gemeinsamen Entwicklungsziele für die nächsten Jahre formuliert werden.',
  'Der Oberbürgermeister der Stadt Weimar, Peter Kleine, resümiert: „Mit der erfolgreichen interkommunalen Zusammenarbeit in der Impulsregion ist es uns in den letzten 20 Jahren gelungen, Kompetenzen zu bündeln und die besonderen Stärken der Partner einzubringen, um gemeinsame Ziele zu erreichen. Ich freue mich auf die nächsten gemeinsamen Jahre der engen Zusammenarbeit“.',
]

type NewsSeed = {
  title: string
  publishedAt: string
  teaser: string
  body: TextBlock[]
  relatedProjects?: string[]
  relatedMembers?: string[]
}

export const news: NewsSeed[] = [
  {
    title: 'Neues Corporate Design und neuer Internetauftritt',
    publishedAt: '2024-06-03T08:00:00.000Z',
    teaser: 'Seit Juni 2024 präsentiert sich die Impulsregion mit einem neu gestalteten Corporate Design und einem überarbeiteten Internetauftritt.',
    body: ['Seit Juni 2024 präsentiert sich die Impulsregion mit einem neu gestalteten Corporate Design und überarbeitetem Internetauftritt.'],
  },
  {
    title: '20 Jahre Impulsregion – eine Erfolgsgeschichte interkommunaler Zusammenarbeit',
    publishedAt: '2024-06-24T08:00:00.000Z',
    teaser:
      'Am 23. Juni 2004 unterzeichneten die drei Oberbürgermeister und der Landrat den Kooperationsvertrag der Region Erfurt-Weimar-Jena. 20 Jahre später ziehen die vier Partner Bilanz.',
    body: pressReleaseQuotes,
    relatedProjects: ['Verkehrsverbund Mittelthüringen', 'Museumsnächte', 'Wissenschaftsnächte', 'Tagungstourismus', 'Sport im Park', 'Wirtschaftsatlas', 'MINT-Festival'],
    relatedMembers: [...FOUNDING_PARTNERS],
  },
  {
    title: 'Regionalkonzept der Impulsregion wird fortgeschrieben',
    publishedAt: '2024-06-24T09:00:00.000Z',
    teaser:
      'Im kommenden Jahr soll das Regionalkonzept der Impulsregion fortgeschrieben werden. Darin formulieren die Partner ihre gemeinsamen Entwicklungsziele für die nächsten Jahre.',
    body: ['Im kommenden Jahr soll das Regionalkonzept der Impulsregion fortgeschrieben und darin die gemeinsamen Entwicklungsziele für die nächsten Jahre formuliert werden.'],
    relatedProjects: ['Fortschreibung des Regionalkonzepts'],
    relatedMembers: [...FOUNDING_PARTNERS],
  },
  {
    title: 'Wechsel in der Geschäftsstelle',
    publishedAt: '2024-08-01T08:00:00.000Z',
    teaser: 'Ab August 2024 gibt es einen Wechsel in der Geschäftsstelle der Impulsregion.',
    body: [
      'Ab August 2024 gibt es einen Wechsel in der Geschäftsstelle der Impulsregion.',
      'Seit der Umwandlung in einen Verein im Jahr 2016 leitet und unterstützt die Geschäftsstelle die Tätigkeiten der Arbeitsgruppen und Gremien der Impulsregion.',
    ],
  },
]

type EventSeed = {
  title: string
  /** Midnight in Berlin of the day: the sources give dates only, so these are all-day events. */
  startsAt: string
  teaser: string
  body: TextBlock[]
  partners: string[]
}

/**
 * The two events the sources date to the day. Neither says where they took place or at what time,
 * so the events have no venue and no time; nothing beyond the sources' wording is added.
 */
export const events: EventSeed[] = [
  {
    title: 'Unterzeichnung des Kooperationsvertrags der Region Erfurt-Weimar-Jena',
    startsAt: '2004-06-22T22:00:00.000Z',
    teaser:
      'Im Rahmen einer Festveranstaltung unterzeichneten die drei Oberbürgermeister und der Landrat in Anwesenheit des Thüringer Ministerpräsidenten Dieter Althaus den Kooperationsvertrag der Kommunalen Arbeitsgemeinschaft „Region Erfurt-Weimar-Jena“.',
    body: [
      'Der Kooperationsvertrag auf der Basis des Gesetzes über die kommunale Gemeinschaftsarbeit (ThürKGG) wurde im Rahmen einer Festveranstaltung in Anwesenheit des Thüringer Ministerpräsidenten Dieter Althaus am 23.06.2004 durch die drei Oberbürgermeister und den Landrat unterzeichnet. Auf dieser Basis wurde die Zusammenarbeit in einer neuen Qualität fortgeführt.',
    ],
    partners: [...FOUNDING_PARTNERS],
  },
  {
    title: 'Gründung des Vereins „Die Impulsregion“',
    startsAt: '2016-12-04T23:00:00.000Z',
    teaser:
      'Die Gebietskörperschaften Erfurt, Jena, Weimar und Weimarer Land sowie die amtierenden Oberbürgermeister bzw. der amtierende Landrat gründeten den Verein „Die Impulsregion“.',
    body: [
      'Am 5.12.2016 wurde der Verein „Die Impulsregion“ ins Leben gerufen. Die Gebietskörperschaften Erfurt, Jena, Weimar und Weimarer Land sowie die amtierenden Oberbürgermeister bzw. der amtierende Landrat haben den Verein gegründet, um mit Kooperationen die Zukunfts- und Entwicklungschancen der Region zu erhöhen und die Aufnahme von Mitgliedern, die dieses Ziel unterstützen, möglich zu machen.',
    ],
    partners: [...FOUNDING_PARTNERS],
  },
]

type Milestone = { date: string; precision: 'day' | 'month' | 'year'; title: string; description: string }

export const milestones: Milestone[] = [
  {
    date: '1999-01-01',
    precision: 'year',
    title: 'Regionaler Beirat zum Kulturstadtjahr Weimar',
    description:
      'Vertreter der Städte Erfurt, Weimar und Jena und des Kreises Weimarer Land stimmen Veranstaltungen ab, geben einen Kulturkalender heraus und schaffen mit dem „Regiomobil-Ticket“ das erste gemeinsame Nahverkehrsangebot.',
  },
  {
    date: '2003-01-01',
    precision: 'year',
    title: 'Gründung der Sparkasse Mittelthüringen',
    description: 'Die Zusammenarbeit wird intensiviert und auf weitere Aufgabenbereiche ausgedehnt.',
  },
  {
    date: '2004-06-23',
    precision: 'day',
    title: 'Kommunale Arbeitsgemeinschaft „Region Erfurt-Weimar-Jena“',
    description:
      'Die drei Oberbürgermeister und der Landrat unterzeichnen den Kooperationsvertrag nach dem ThürKGG in Anwesenheit des Thüringer Ministerpräsidenten Dieter Althaus.',
  },
  {
    date: '2016-12-05',
    precision: 'day',
    title: 'Gründung des Vereins „Die Impulsregion“',
    description: 'Erfurt, Jena, Weimar und das Weimarer Land sowie die amtierenden Oberbürgermeister und der amtierende Landrat gründen den Verein.',
  },
  {
    date: '2024-06-01',
    precision: 'month',
    title: '20 Jahre Impulsregion',
    description: 'Die Impulsregion präsentiert sich mit neuem Corporate Design und überarbeitetem Internetauftritt.',
  },
]

export const historyText: TextBlock[] = [
  'In der Vorbereitung auf das Kulturstadtjahr Weimar 1999 etablierte sich ein „Regionaler Beirat“ mit Vertretern der Städte Erfurt, Weimar und Jena und des Kreises Weimarer Land. Ziel war es, durch gemeinsame Projekte einen möglichst hohen Nutzen aus diesem besonderen Ereignis zu ziehen. Wichtige Veranstaltungstermine wurden abgestimmt und ein Kulturkalender als Jahresüberblick herausgegeben. Mit dem „Regiomobil-Ticket“ wurde erstmalig ein gemeinschaftliches Tarifangebot der Nahverkehrsunternehmen in der Region geschaffen.',
  'Auf dieser Grundlage wurde die Zusammenarbeit in den folgenden Jahren intensiviert und auf weitere Aufgabenbereiche ausgedehnt. Stichworte sind hier gemeinsame „Museumsnächte“, die Einführung des „Verbundtarif Mittelthüringen“ oder gemeinsame Marketingaktivitäten. Aber auch Vorhaben wie die Gründung der Sparkasse Mittelthüringen 2003 oder der Abschluss einer Zweckvereinbarung zur Restabfallbehandlung zwischen Erfurt, Weimar und dem Kreis Weimarer Land tragen zur Intensivierung der Kooperation bei.',
  'Dieser Prozess wurde mit der Gründung der Kommunalen Arbeitsgemeinschaft „Region Erfurt-Weimar-Jena“ fortgeführt. Der Kooperationsvertrag auf der Basis des Gesetzes über die kommunale Gemeinschaftsarbeit (ThürKGG) wurde im Rahmen einer Festveranstaltung in Anwesenheit des Thüringer Ministerpräsidenten Dieter Althaus am 23.06.2004 durch die drei Oberbürgermeister und den Landrat unterzeichnet. Auf dieser Basis wurde die Zusammenarbeit in einer neuen Qualität fortgeführt.',
  'Am 5.12.2016 wurde zuletzt der Verein „Die Impulsregion“ ins Leben gerufen. Die Gebietskörperschaften Erfurt, Jena, Weimar und Weimarer Land sowie die amtierenden Oberbürgermeister bzw. der amtierende Landrat haben den Verein gegründet, um mit Kooperationen die Zukunfts- und Entwicklungschancen der Region zu erhöhen und die Aufnahme von Mitgliedern, die dieses Ziel unterstützen, möglich zu machen.',
]

export const goalsText: TextBlock[] = [
  'Anliegen der Kooperation war es von Anfang an, fehlende Ballungsraumvorteile wie sie beispielsweise Metropolregionen haben, durch die Zusammenarbeit dreier großer Thüringer Städte und des Landkreises auszugleichen und so zur Keimzelle einer eigenständigen und im deutschen sowie europäischen Maßstab wahrnehmbaren Region zu werden. Zugleich sollen durch eine interkommunale Arbeitsteilung Synergieeffekte genutzt und Ressourcen geschont werden. Diese Strategie korrespondiert mit den Aussagen des Landesentwicklungsplans LEP 2004 zur Notwendigkeit von Kooperation zur Stärkung der Entwicklungspotenziale des Freistaates Thüringen.',
  'Die Impulsregion im Herzen Thüringens verfügt heute über die wesentlichen Entwicklungspotenziale des Landes. Durch die Intensivierung der Zusammenarbeit sollen diese stärker gebündelt werden. Gemeinsam wollen die Partner so die Funktion als Wachstumsmotor Thüringens und des Großraums Mitteldeutschland wahrnehmen.',
]

export const associationText: TextBlock[] = [
  'Um die Effizienz zu erhöhen und die Zusammenarbeit zu vertiefen, wandelte sich die Impulsregion im Jahr 2016 in einen Verein um. Seitdem werden die Tätigkeiten der Arbeitsgruppen und Gremien von einer Geschäftsstelle geleitet und unterstützt.',
  'Die Gebietskörperschaften Erfurt, Jena, Weimar und Weimarer Land sowie die amtierenden Oberbürgermeister bzw. der amtierende Landrat haben den Verein am 5. Dezember 2016 gegründet, um mit Kooperationen die Zukunfts- und Entwicklungschancen der Region zu erhöhen und die Aufnahme von Mitgliedern, die dieses Ziel unterstützen, möglich zu machen. Heute hat der Verein acht Mitglieder.',
  'Den Vorsitz des Vorstandes übernehmen die Oberbürgermeister und die Landrätin der vier Gebietskörperschaften im Wechsel.',
]

/**
 * Service and legal pages. They describe this website as built (no cookies, no tracking, no
 * third-party requests); the Impressum's § 5 DDG data comes from the `site` global.
 */
export const servicePages: { title: string; slug: string; intro: string; text: TextBlock[] }[] = [
  {
    title: 'Kontakt',
    slug: 'kontakt',
    intro: 'So erreichen Sie die Geschäftsstelle der Impulsregion.',
    text: [
      'Seit der Umwandlung in einen Verein im Jahr 2016 leitet und unterstützt die Geschäftsstelle die Tätigkeiten der Arbeitsgruppen und Gremien der Impulsregion. Sie ist Ansprechpartnerin für Mitglieder, Partner und alle, die mehr über die gemeinsamen Projekte von Erfurt, Jena, Weimar und dem Weimarer Land erfahren möchten.',
    ],
  },
  {
    title: 'Impressum',
    slug: 'impressum',
    intro: 'Anbieterkennzeichnung des Vereins „Die Impulsregion“.',
    text: [
      'Die Inhalte dieser Website werden von der Geschäftsstelle der Impulsregion erstellt und gepflegt. Für die Inhalte verlinkter Websites der Mitglieder und Partner sind deren Anbieter verantwortlich.',
    ],
  },
  {
    title: 'Datenschutz',
    slug: 'datenschutz',
    intro: 'Wie diese Website mit Ihren Daten umgeht.',
    text: [
      { heading: 'Verantwortliche Stelle' },
      'Verantwortlich für die Verarbeitung personenbezogener Daten auf dieser Website ist der Verein „Die Impulsregion“; die Anschrift steht im Impressum.',
      { heading: 'Was beim Besuch dieser Website geschieht' },
      'Beim Aufruf einer Seite verarbeitet der Webserver technisch notwendige Angaben (IP-Adresse, Zeitpunkt, aufgerufene Adresse, Browserkennung), um die Seite auszuliefern und die Sicherheit des Betriebs zu gewährleisten (Art. 6 Abs. 1 lit. e und f DSGVO).',
      {
        list: [
          'Diese Website setzt keine Cookies für Besucherinnen und Besucher.',
          'Sie verwendet keine Analyse- oder Trackingdienste.',
          'Schriften, Bilder und alle anderen Bestandteile werden von dieser Website selbst ausgeliefert; Ihr Browser stellt beim Besuch keine Anfragen an Server Dritter.',
          'Es werden keine Inhalte Dritter (z. B. Videos oder Karten) eingebettet.',
        ],
      },
      { heading: 'Ihre Rechte' },
      'Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie auf Widerspruch (Art. 15 bis 21 DSGVO). Sie können sich außerdem bei einer Datenschutz-Aufsichtsbehörde beschweren, in Thüringen beim Thüringer Landesbeauftragten für den Datenschutz und die Informationsfreiheit.',
    ],
  },
  {
    title: 'Erklärung zur Barrierefreiheit',
    slug: 'barrierefreiheit',
    intro: 'Die Impulsregion möchte, dass alle Menschen diese Website nutzen können.',
    text: [
      'Diese Website soll die Anforderungen der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und der Web Content Accessibility Guidelines (WCAG) 2.1 auf Stufe AA erfüllen. Jede Seitenart wird bei jeder Änderung automatisch mit dem Prüfwerkzeug axe auf diese Anforderungen getestet, außerdem darauf, dass sie bei 320 Pixel Breite und mit vergrößerten Zeichen- und Zeilenabständen ohne seitliches Scrollen lesbar bleibt und jeder Tastaturfokus deutlich sichtbar ist. Sie ist vollständig mit der Tastatur bedienbar.',
      { heading: 'Stand der Vereinbarkeit' },
      'Eine Prüfung durch eine unabhängige Stelle steht noch aus. Bis dahin gilt die Website als teilweise mit den Anforderungen vereinbar. Dokumente im PDF-Format, die von Dritten stammen, sind möglicherweise nicht barrierefrei.',
      { heading: 'Barrieren melden' },
      'Wenn Ihnen Barrieren auffallen oder Sie Inhalte in einer anderen Form benötigen, schreiben Sie der Geschäftsstelle (siehe Kontakt). Wir antworten innerhalb von zwei Wochen.',
      { heading: 'Durchsetzungsverfahren' },
      'Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie sich an den Beauftragten für Menschen mit Behinderungen des Freistaats Thüringen wenden.',
    ],
  },
  {
    title: 'Leichte Sprache',
    slug: 'leichte-sprache',
    intro: 'Hier erklären wir die Website in Leichter Sprache.',
    text: [
      'Die Impulsregion ist ein Verein.',
      'Im Verein arbeiten Städte und Gemeinden zusammen. Das sind: die Stadt Erfurt, die Stadt Jena, die Stadt Weimar und der Kreis Weimarer Land.',
      'Sie machen zusammen Projekte. Zum Beispiel: Ein Ticket für Bus und Bahn in der ganzen Region. Oder Museums-Nächte.',
      'Den Verein gibt es seit dem Jahr 2016. Die Zusammenarbeit gibt es schon viel länger: seit dem Jahr 1999.',
      { heading: 'Was steht auf dieser Website?' },
      {
        list: [
          'Aktuelles: Neuigkeiten aus dem Verein.',
          'Projekte: Was der Verein macht.',
          'Themenjahre: Jahre mit einem besonderen Thema.',
          'Verein: Wer im Verein ist und wer den Verein leitet.',
          'Kontakt: So erreichen Sie uns.',
        ],
      },
    ],
  },
]
