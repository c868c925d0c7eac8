import type { Metadata, Viewport } from 'next';
import { REPOSITORY_URL, SITE_DESCRIPTION, SITE_NAME, SITE_URL } from '@/lib/site-config';
import type { ReactNode } from 'react';
import { ContentProblemsNotice } from '@/components/ContentProblems';
import { SearchForm } from '@/components/SearchForm';
import { ThemeToggle } from '@/components/ThemeToggle';
import { previewContent } from '@/lib/content';
import { enhanceScriptUrl } from '@/lib/enhance-script';
import { THEME_SCRIPT } from '@/lib/theme';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: 'Faultline — how systems fail', template: `%s — ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  openGraph: { siteName: SITE_NAME, type: 'website' },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  // `npm run dev` serves every page even while some file has problems, and says so on each; a
  // build stops on them instead.
  const problems = process.env.NODE_ENV === 'development' ? previewContent().problems : [];
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Before first paint: mark the page as scripted (no-JS fallbacks never flash) and apply a
            remembered colour theme (the wrong one never flashes either). */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
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
                <li><a href="/stats/">Statistics</a></li>
              </ul>
            </nav>
            <SearchForm id="site-search" shortcuts />
            <ThemeToggle />
          </div>
        </header>
        <main id="main" className="wrap">
          {problems.length > 0 && <ContentProblemsNotice problems={problems} />}
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>
              Faultline is an open-source knowledge base of public incident postmortems. Every fact links to its
              source; corrections are welcome.
            </p>
            <ul className="footer-links">
              <li><a href="/about/data/">The dataset</a></li>
              <li><a href="/about/offline/">Read offline</a></li>
              <li><a href="/feed.xml">RSS</a></li>
              <li><a href="/atom.xml">Atom</a></li>
              <li><a href="/feed.json">JSON Feed</a></li>
              {REPOSITORY_URL && <li><a href={REPOSITORY_URL}>Source and contributing</a></li>}
            </ul>
          </div>
        </footer>
        <script type="module" src={enhanceScriptUrl()} />
      </body>
    </html>
  );
}
