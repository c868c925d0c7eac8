import type { Bar } from '@/lib/outputs/stats';

/**
 * A horizontal bar chart drawn as SVG at build time (no chart code in the browser), with a title,
 * a description and the same numbers as a table. Every bar links to the page that lists them.
 */
export function BarChart({ id, title, description, bars, category, unit }: { id: string; title: string; description: string; bars: Bar[]; category: string; unit: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const row = 26;
  const labelWidth = 300;
  const width = 760;
  const height = bars.length * row + 8;
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-desc`} className="chart-desc">{description}</p>
      <svg viewBox={`0 0 ${width} ${height}`} role="group" aria-labelledby={`${id}-svg-title ${id}-desc`} className="chart-svg">
        <title id={`${id}-svg-title`}>{title}</title>
        {bars.map((bar, i) => {
          const barWidth = ((width - labelWidth - 120) * bar.value) / max;
          const y = i * row + 4;
          return (
            // The link's name is its visible text, label then value, as a reader sees it.
            <a key={bar.label} href={bar.href}>
              <text x={labelWidth - 8} y={y + 16} textAnchor="end" className="chart-label">{bar.label}</text>
              <rect x={labelWidth} y={y} width={Math.max(barWidth, 1)} height={row - 8} className="chart-bar" />
              <text x={labelWidth + barWidth + 6} y={y + 16} className="chart-value">{bar.display ?? bar.value}</text>
            </a>
          );
        })}
      </svg>
      <details className="chart-table">
        <summary>{title}: the numbers</summary>
        <table className="data-table">
          <thead>
            <tr><th scope="col">{category}</th><th scope="col">{unit}</th></tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.label}><td><a href={b.href}>{b.label}</a></td><td>{b.display ?? b.value}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
