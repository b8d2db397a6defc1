import type { Locale } from './format'

/**
 * The texts of what renders in the browser even on a cached page: the 404 and error notices and
 * the site's sections they offer as ways on. Kept apart from the dictionary (i18n.ts, which takes
 * them from here), because a client component that imports the dictionary ships all of it, both
 * languages, in each of its scripts: three copies on every page.
 */
const texts = {
  de: {
    notFound: { title: 'Seite nicht gefunden', text: 'Diese Seite gibt es nicht (mehr). Vielleicht hilft die Startseite weiter.', home: 'Zur Startseite' },
    error: {
      title: 'Es ist ein Fehler aufgetreten',
      text: 'Diese Seite kann gerade nicht angezeigt werden. Bitte versuchen Sie es in einigen Minuten erneut.',
      retry: 'Erneut versuchen',
    },
    asideLabel: 'Weitere Informationen',
    sections: { heading: 'Bereiche der Website', news: 'Aktuelles', projects: 'Projekte', themeYears: 'Themenjahre', members: 'Mitglieder' },
  },
  en: {
    notFound: { title: 'Page not found', text: 'This page does not exist (any more). The home page may help.', home: 'To the home page' },
    error: { title: 'Something went wrong', text: 'This page cannot be shown right now. Please try again in a few minutes.', retry: 'Try again' },
    asideLabel: 'More information',
    sections: { heading: 'Sections of the website', news: 'News', projects: 'Projects', themeYears: 'Theme years', members: 'Members' },
  },
}

export type NoticeTexts = (typeof texts)['de'] | (typeof texts)['en']

export const noticeTexts = (locale: Locale): NoticeTexts => texts[locale]
