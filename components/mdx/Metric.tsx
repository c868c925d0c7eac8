/** A headline number with what it measures and, where given, the source it comes from. */
export function Metric({ value, label, source }: { value: string; label: string; source?: string }) {
  return (
    <figure className="metric">
      <p className="metric-value">{value}</p>
      <figcaption>
        {label}
        {source ? (
          <>
            {' '}
            (<a href={source} rel="external noopener">source</a>)
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}
