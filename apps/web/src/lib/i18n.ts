import type { Locale } from './format'

export { isLocale, localePath, locales } from '@impulsregion/publishing/routes'

const dictionary = {
  de: {
    skipLink: 'Zum Inhalt springen',
    preview: { notice: 'Vorschau: Sie sehen unveröffentlichte Inhalte, die nur angemeldete Redakteurinnen und Redakteure sehen.', exit: 'Vorschau beenden' },
    mainNavigation: 'Hauptnavigation',
    footerNavigation: 'Service und Rechtliches',
    legal: { impressum: 'Impressum', datenschutz: 'Datenschutz', barrierefreiheit: 'Barrierefreiheit', kontakt: 'Kontakt', leichteSprache: 'Leichte Sprache' },
    languageSwitch: 'English',
    languageSwitchLabel: 'This page in English',
    home: { partners: 'Die vier Partner', news: 'Aktuelles', allNews: 'Alle Meldungen', projects: 'Projekte', allProjects: 'Alle Projekte', themeYears: 'Themenjahre', members: 'Vereinsmitglieder', goals: 'Unsere Ziele', noNews: 'Derzeit gibt es keine Meldungen.' },
    news: { title: 'Aktuelles', previous: 'Vorherige Meldung', next: 'Nächste Meldung', attachments: 'Dokumente', relatedProjects: 'Zugehörige Projekte', published: 'Veröffentlicht am' },
    pagination: { label: 'Seiten', previous: 'Vorherige Seite', next: 'Nächste Seite', page: 'Seite', currentPage: 'Aktuelle Seite' },
    projects: { title: 'Projekte', filter: 'Projekte filtern', category: 'Kategorie', member: 'Beteiligtes Mitglied', themeYear: 'Themenjahr', status: 'Stand', all: 'Alle', apply: 'Filter anwenden', reset: 'Filter zurücksetzen', none: 'Keine Projekte passen zu diesen Filtern.', count: (n: number) => (n === 1 ? '1 Projekt' : `${n} Projekte`), partners: 'Beteiligte Mitglieder', period: 'Zeitraum', links: 'Weiterführende Links', ongoing: 'laufend', completed: 'abgeschlossen' },
    themeYears: { title: 'Themenjahre', projects: 'Projekte dieses Themenjahres', noProjects: 'Diesem Themenjahr sind noch keine Projekte zugeordnet.' },
    members: { title: 'Mitglieder', intro: (n: number) => `${n} Mitglieder tragen den Verein „Die Impulsregion“.`, kinds: { publicAuthority: 'Gebietskörperschaften', company: 'Gesellschaften', association: 'Vereine' } },
    board: { current: 'Vorstand', asOf: (date: string) => `Stand ${date}`, pastChairs: 'Vorsitz nach Jahren', functions: { chair: 'Vorsitz', deputyChair: 'Stellvertretender Vorsitz', member: 'Mitglied des Vorstands' }, represents: 'für' },
    legalNotice: { title: 'Angaben gemäß § 5 DDG', register: 'Registereintrag', court: 'Registergericht', number: 'Registernummer', representedBy: 'Vertreten durch', responsible: 'Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV', contact: 'Kontakt', phone: 'Telefon', email: 'E-Mail', missing: 'Diese Angabe wird von der Geschäftsstelle ergänzt.' },
    notFound: { title: 'Seite nicht gefunden', text: 'Diese Seite gibt es nicht (mehr). Vielleicht hilft die Startseite weiter.', home: 'Zur Startseite' },
    error: { title: 'Es ist ein Fehler aufgetreten', text: 'Diese Seite kann gerade nicht angezeigt werden. Bitte versuchen Sie es in einigen Minuten erneut.', retry: 'Erneut versuchen' },
    unavailable: { title: 'Inhalte vorübergehend nicht verfügbar', text: 'Die Inhalte dieser Seite können gerade nicht geladen werden. Bitte versuchen Sie es in einigen Minuten erneut.' },
    fallbackNotice: 'Dieser Inhalt liegt nur auf Deutsch vor.',
    search: { title: 'Suche', label: 'Suchbegriff', submit: 'Suchen', count: (n: number, q: string) => (n === 1 ? `1 Treffer für „${q}“` : `${n} Treffer für „${q}“`), none: (q: string) => `Keine Treffer für „${q}“. Versuchen Sie einen anderen Begriff.`, kinds: { news: 'Meldung', project: 'Projekt', themeYear: 'Themenjahr', page: 'Seite' } },
  },
  en: {
    skipLink: 'Skip to content',
    preview: { notice: 'Preview: you are seeing unpublished content that only signed-in editors can see.', exit: 'Leave preview' },
    mainNavigation: 'Main navigation',
    footerNavigation: 'Service and legal',
    legal: { impressum: 'Legal notice', datenschutz: 'Privacy', barrierefreiheit: 'Accessibility', kontakt: 'Contact', leichteSprache: 'Easy German' },
    languageSwitch: 'Deutsch',
    languageSwitchLabel: 'Diese Seite auf Deutsch',
    home: { partners: 'The four partners', news: 'News', allNews: 'All news', projects: 'Projects', allProjects: 'All projects', themeYears: 'Theme years', members: 'Members of the association', goals: 'Our goals', noNews: 'There is no news at the moment.' },
    news: { title: 'News', previous: 'Previous item', next: 'Next item', attachments: 'Documents', relatedProjects: 'Related projects', published: 'Published on' },
    pagination: { label: 'Pages', previous: 'Previous page', next: 'Next page', page: 'Page', currentPage: 'Current page' },
    projects: { title: 'Projects', filter: 'Filter projects', category: 'Category', member: 'Participating member', themeYear: 'Theme year', status: 'Status', all: 'All', apply: 'Apply filters', reset: 'Reset filters', none: 'No projects match these filters.', count: (n: number) => (n === 1 ? '1 project' : `${n} projects`), partners: 'Participating members', period: 'Period', links: 'Further links', ongoing: 'ongoing', completed: 'completed' },
    themeYears: { title: 'Theme years', projects: 'Projects of this theme year', noProjects: 'No projects have been assigned to this theme year yet.' },
    members: { title: 'Members', intro: (n: number) => `${n} members form the association “Die Impulsregion”.`, kinds: { publicAuthority: 'Local authorities', company: 'Companies', association: 'Associations' } },
    board: { current: 'Board', asOf: (date: string) => `As of ${date}`, pastChairs: 'Chairs by year', functions: { chair: 'Chair', deputyChair: 'Deputy chair', member: 'Board member' }, represents: 'for' },
    legalNotice: { title: 'Information pursuant to § 5 DDG', register: 'Register entry', court: 'Register court', number: 'Register number', representedBy: 'Represented by', responsible: 'Responsible for content under § 18 (2) MStV', contact: 'Contact', phone: 'Phone', email: 'Email', missing: 'This information will be added by the office.' },
    notFound: { title: 'Page not found', text: 'This page does not exist (any more). The home page may help.', home: 'To the home page' },
    error: { title: 'Something went wrong', text: 'This page cannot be shown right now. Please try again in a few minutes.', retry: 'Try again' },
    unavailable: { title: 'Content temporarily unavailable', text: 'The content of this page cannot be loaded right now. Please try again in a few minutes.' },
    fallbackNotice: 'This content is only available in German.',
    search: { title: 'Search', label: 'Search term', submit: 'Search', count: (n: number, q: string) => (n === 1 ? `1 result for “${q}”` : `${n} results for “${q}”`), none: (q: string) => `No results for “${q}”. Please try another term.`, kinds: { news: 'News', project: 'Project', themeYear: 'Theme year', page: 'Page' } },
  },
} as const

export type Dictionary = (typeof dictionary)['de'] | (typeof dictionary)['en']

export const t = (locale: Locale): Dictionary => dictionary[locale]
