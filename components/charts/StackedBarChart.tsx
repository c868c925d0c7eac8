import type { StackedBar } from '@/lib/outputs/stats';

/** Colours for the failure classes, distinct in light and dark schemes. */
const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#ad494a', '#637939', '#8c6d31', '#843c39', '#7b4173'];

/** A chart this wide (in its own units) keeps its full width on a phone and scrolls, rather than squeezing its bars. */
const WIDE = 600;

/** Vertical bars per year, stacked by class, as SVG at build time, with a legend and a table. */
export function StackedBarChart({ id, title, description, bars, keys }: { id: string; title: string; description: string; bars: StackedBar[]; keys: { key: string; label: string }[] }) {
  const colour = new Map(keys.map((k, i) => [k.key, PALETTE[i % PALETTE.length]]));
  const totals = bars.map((b) => b.segments.reduce((s, x) => s + x.value, 0));
  const max = Math.max(1, ...totals);
  const height = 260;
  const slot = 40;
  const width = Math.max(360, bars.length * slot + 40);
  const scale = (height - 40) / max;
  const used = keys.filter((k) => bars.some((b) => b.segments.some((s) => s.key === k.key)));
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-desc`} className="chart-desc">{description}</p>
      <div className="chart-scroll">
        {/* No style attributes: the Content Security Policy allows the site's stylesheet only. */}
        <svg viewBox={`0 0 ${width} ${height}`} role="group" aria-labelledby={`${id}-svg-title ${id}-desc`} className={width >= WIDE ? 'chart-svg chart-svg-wide' : 'chart-svg'}>
          <title id={`${id}-svg-title`}>{title}</title>
          {bars.map((bar, i) => {
            let y = height - 24;
            const x = 20 + i * slot;
            return (
              // The link's name is its visible text: the year, then how many.
              <a key={bar.label} href={bar.href}>
                <text x={x + (slot - 10) / 2} y={height - 8} textAnchor="middle" className="chart-label">{bar.label}</text>
                {bar.segments.map((s) => {
                  const h = s.value * scale;
                  y -= h;
                  return <rect key={s.key} x={x} y={y} width={slot - 10} height={h} fill={colour.get(s.key)} />;
                })}
                <text x={x + (slot - 10) / 2} y={y - 4} textAnchor="middle" className="chart-value">{totals[i]}</text>
              </a>
            );
          })}
        </svg>
      </div>
      <ul className="chart-legend" aria-label="Legend">
        {used.map((k) => (
          <li key={k.key}><svg className="swatch" viewBox="0 0 1 1" aria-hidden="true"><rect width="1" height="1" fill={colour.get(k.key)} /></svg> {k.label}</li>
        ))}
      </ul>
      <details className="chart-table">
        <summary>{title}: the numbers</summary>
        <table className="data-table">
          <thead>
            <tr><th scope="col">Year</th><th scope="col">Incidents</th><th scope="col">By primary failure class</th></tr>
          </thead>
          <tbody>
            {bars.map((b, i) => (
              <tr key={b.label}>
                <td><a href={b.href}>{b.label}</a></td>
                <td>{totals[i]}</td>
                <td>{b.segments.map((s) => `${keys.find((k) => k.key === s.key)?.label ?? s.key}: ${s.value}`).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
