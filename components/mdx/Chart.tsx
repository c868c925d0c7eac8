import type { ReactNode } from 'react';
import type { DataRow } from '@/lib/content/assets';

type ChartProps = { data: DataRow[]; x: string; y: string; title: string; unit?: string; children?: ReactNode };

/**
 * A horizontal bar chart of a writeup's own data file, drawn as SVG at build time: one bar per
 * row, labelled by column `x`, as long as the number in column `y`. The caption (children) says
 * where the numbers come from; the same numbers follow as a table for screen readers and print.
 * (The check has made sure every row has both columns.)
 */
export function Chart({ data, x, y, title, unit, children }: ChartProps) {
  // From the title, not React's useId: pages rendered outside Next must match Next's byte for byte.
  const id = `chart-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
  const max = Math.max(...data.map((row) => Number(row[y])), 0) || 1;
  // Each label stands above its bar, so that the chart keeps its text legible on a narrow screen.
  const row = 52;
  const width = 480;
  const valueWidth = 110;
  const height = data.length * row + 4;
  const unitText = unit ? ` ${unit}` : '';
  return (
    <figure className="chart writeup-chart" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="chart-title">{title}</p>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-svg-title`} className="chart-svg writeup-chart-svg">
        <title id={`${id}-svg-title`}>{`${title}: ${data.map((r) => `${r[x]} ${r[y]}${unitText}`).join('; ')}`}</title>
        {data.map((r, i) => {
          const value = Number(r[y]);
          const barWidth = ((width - valueWidth) * value) / max;
          const top = i * row + 4;
          return (
            <g key={i}>
              <text x={0} y={top + 16} className="chart-label">{String(r[x])}</text>
              <rect x={0} y={top + 24} width={Math.max(barWidth, 1)} height={18} className="chart-bar" />
              <text x={barWidth + 6} y={top + 39} className="chart-value">{`${value}${unitText}`}</text>
            </g>
          );
        })}
      </svg>
      {children ? <figcaption>{children}</figcaption> : null}
      <details className="chart-table">
        <summary>{title}: the numbers</summary>
        <table className="data-table">
          <thead>
            <tr><th scope="col">{x}</th><th scope="col">{unit ? `${y} (${unit})` : y}</th></tr>
          </thead>
          <tbody>
            {data.map((r, i) => (
              <tr key={i}><td>{String(r[x])}</td><td>{r[y]}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
