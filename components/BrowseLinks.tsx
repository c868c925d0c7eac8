/** Ways in that need no search: used where a reader is stuck (404, search without results). */
export function BrowseLinks() {
  return (
    <ul>
      <li><a href="/incidents/">All incidents, newest first</a></li>
      <li><a href="/failure-classes/">Failure classes</a></li>
      <li><a href="/organizations/">Incidents by organisation</a></li>
      <li><a href="/years/">Incidents by year</a></li>
      <li><a href="/talks/">Talk notes</a></li>
    </ul>
  );
}
