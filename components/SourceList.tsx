/** Links to sources, each with its kind (postmortem, status page, paper…) when it has one. */
export function SourceList({ links }: { links: { title: string; url: string; kind?: string }[] }) {
  return (
    <ul className="sources">
      {links.map((link) => (
        <li key={link.url}>
          <a href={link.url} rel="external noopener">{link.title}</a>
          {link.kind && <span className="source-kind"> ({link.kind.replace('-', ' ')})</span>}
        </li>
      ))}
    </ul>
  );
}
