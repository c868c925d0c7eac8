import { pageMetadata } from '../../page-metadata';

export const metadata = pageMetadata({
  title: 'Read offline',
  description: 'Save every Faultline page and the search index in your browser, to read and search when the network is down.',
  path: '/about/offline/',
});

/**
 * "Save for offline": the button and its progress are wired by components/enhance/offline.ts, which
 * states the size (from /offline.json) before anything is saved.
 */
export default function OfflinePage() {
  return (
    <>
      <h1>Read offline</h1>
      <p className="lede">
        The outage you are handling may be the network itself. Pages you have visited on this site stay readable when the
        network is down; you can also save the whole collection, every incident, talk and failure class page and the search
        index, so that search works offline too.
      </p>
      <div className="offline-save" data-offline-save="">
        <p className="js-only" data-offline-size="">Working out the size…</p>
        <button type="button" className="js-only" data-offline-button="" disabled>
          Save for offline reading
        </button>
        <progress className="js-only" data-offline-progress="" max={1} value={0} hidden />
        <p role="status" data-offline-status=""></p>
        <noscript>
          <p>Saving for offline reading needs JavaScript; every page still reads without it.</p>
        </noscript>
      </div>
      <p>
        A new version of the site replaces saved pages the next time you read them online, and a new search index replaces
        the old one. Your browser may clear saved pages when it runs short of space.
      </p>
    </>
  );
}
