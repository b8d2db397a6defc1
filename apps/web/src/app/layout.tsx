import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Die Impulsregion e.V.', template: '%s – Die Impulsregion' },
  description: 'Erfurt, Jena, Weimar und das Weimarer Land: gemeinsam für eine starke Region in Thüringen.',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      <body>
        <a className="skip-link" href="#inhalt">
          Zum Inhalt springen
        </a>
        <header className="site-header">
          <a href="/" className="brand">
            Die Impulsregion
          </a>
        </header>
        <main id="inhalt">{children}</main>
        <footer className="site-footer">
          <p>Die Impulsregion e.V. – Erfurt · Jena · Weimar · Weimarer Land</p>
        </footer>
      </body>
    </html>
  )
}
