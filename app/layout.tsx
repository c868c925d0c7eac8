import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SearchForm } from '@/components/SearchForm';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Faultline — how systems fail', template: '%s — Faultline' },
  description: 'An open-source knowledge base of public incident postmortems, talk notes and failure classes.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Marks the page as scripted before first paint, so no-JS fallbacks never flash. */}
        <script dangerouslySetInnerHTML={{ __html: "document.documentElement.classList.add('js')" }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="wrap header-inner">
            <a className="brand" href="/">
              Faultline
            </a>
            <nav aria-label="Main">
              <ul className="nav-list">
                <li><a href="/incidents/">Incidents</a></li>
                <li><a href="/failure-classes/">Failure classes</a></li>
                <li><a href="/talks/">Talks</a></li>
              </ul>
            </nav>
            <SearchForm id="site-search" shortcuts />
          </div>
        </header>
        <main id="main" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>
              Faultline is an open-source knowledge base of public incident postmortems. Every fact links to its
              source; corrections are welcome.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
