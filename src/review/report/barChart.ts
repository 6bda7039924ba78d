import { esc } from './escape';

/** A horizontal bar chart as inline SVG: one bar per label, the value printed beside it. */
export function barChartSvg(title: string, bars: readonly { label: string; value: number }[], format: (v: number) => string = String): string {
  const rowH = 24;
  const labelW = 170;
  const barW = 360;
  const max = Math.max(0, ...bars.map((b) => b.value));
  const height = 30 + bars.length * rowH;
  const rows = bars.map((b, i) => {
    const y = 26 + i * rowH;
    const w = max > 0 ? (b.value / max) * barW : 0;
    return (
      `<text x="0" y="${y + 14}" font-size="12">${esc(b.label.slice(0, 24))}</text>` +
      `<rect x="${labelW}" y="${y}" width="${w.toFixed(1)}" height="16" fill="#2e90fa"/>` +
      `<text x="${labelW + w + 6}" y="${y + 13}" font-size="12">${esc(format(b.value))}</text>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${labelW + barW + 110} ${height}" width="${labelW + barW + 110}" height="${height}" font-family="system-ui, sans-serif" role="img" aria-label="${esc(title)}">` +
    `<text x="0" y="14" font-size="13" font-weight="600">${esc(title)}</text>${rows.join('')}</svg>`
  );
}
