/** An entry's failure classes in its facts list, each a link to the class. */
export function ClassLinks({ classes }: { classes: { id: string; url: string; title: string }[] }) {
  return (
    <>
      <dt>Failure classes</dt>
      <dd>
        <ul>
          {classes.map((c) => (
            <li key={c.id}><a href={c.url}>{c.title}</a></li>
          ))}
        </ul>
      </dd>
    </>
  );
}
