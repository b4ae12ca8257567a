/** The results table (stdout and Markdown), results.json, and the SVG chart of the extraction scaling runs. */
import type { ScalingSeries } from '../suites/extraction.js';
import type { Row } from './row.js';

function number(value: number, unit: Row['unit']): string {
  if (unit === 'ms') return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
  if (unit === 'µs') return `${value.toFixed(2)} µs`;
  if (unit === '×') return `${value.toFixed(2)}×`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  return `${Math.round(value)} ${unit}`;
}

const verdict = (met: boolean | null) => (met === null ? '—' : met ? 'met' : 'NOT MET');

export interface TableLine {
  id: string;
  what: string;
  median: string;
  range: string;
  baseline: string;
  goal: string;
  met: string;
}

export function tableLines(rows: Row[]): TableLine[] {
  return rows.map((row) => ({
    id: row.id,
    what: row.what,
    median: row.figure ? number(row.figure.median, row.unit) : 'skipped',
    range: row.figure && row.figure.runs > 1 ? `${number(row.figure.min, row.unit)} – ${number(row.figure.max, row.unit)}` : '—',
    baseline: row.baseline,
    goal: row.goal,
    met: verdict(row.met),
  }));
}

const HEADINGS: TableLine = {
  id: '#',
  what: 'figure',
  median: 'median',
  range: 'min – max',
  baseline: 'baseline (same run)',
  goal: 'goal',
  met: 'met',
};
const COLUMNS = Object.keys(HEADINGS) as (keyof TableLine)[];

export function textTable(rows: Row[]): string {
  const lines = [HEADINGS, ...tableLines(rows)];
  const widths = COLUMNS.map((column) => Math.max(...lines.map((line) => Array.from(line[column]).length)));
  const render = (line: TableLine) =>
    COLUMNS.map((column, index) => line[column].padEnd(widths[index]!))
      .join('  ')
      .trimEnd();
  return [render(lines[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.slice(1).map(render)].join('\n');
}

export function markdownTable(rows: Row[]): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  const render = (line: TableLine) => `| ${COLUMNS.map((column) => escape(line[column])).join(' | ')} |`;
  return [render(HEADINGS), `|${COLUMNS.map(() => ' --- ').join('|')}|`, ...tableLines(rows).map(render)].join('\n');
}

/** Notes of the rows, as a Markdown list: what each figure is made of. */
export function markdownNotes(rows: Row[]): string {
  return rows.map((row) => `- **#${row.id} ${row.what}**: ${row.note}`).join('\n');
}

const COLORS: Record<ScalingSeries['language'], string> = { python: '#3572A5', typescript: '#d9480f' };

/** A log-log line chart of extraction time against tool count, one line per language, with the baselines dashed. */
export function scalingSvg(series: ScalingSeries[]): string {
  const width = 640;
  const height = 400;
  const margin = { left: 70, right: 150, top: 40, bottom: 50 };
  const values = series.flatMap((line) => [...line.medians, line.baseline.median]);
  const sizes = series.flatMap((line) => line.sizes);
  const [minX, maxX] = [Math.log10(Math.min(...sizes)), Math.log10(Math.max(...sizes))];
  const [minY, maxY] = [Math.floor(Math.log10(Math.min(...values))), Math.ceil(Math.log10(Math.max(...values)))];
  const x = (size: number) => margin.left + ((Math.log10(size) - minX) / Math.max(maxX - minX, 1)) * (width - margin.left - margin.right);
  const y = (ms: number) =>
    height - margin.bottom - ((Math.log10(ms) - minY) / Math.max(maxY - minY, 1)) * (height - margin.top - margin.bottom);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="14">Tool extraction time (median) against tool count</text>`,
  ];
  for (let power = minY; power <= maxY; power += 1) {
    const ms = 10 ** power;
    parts.push(`<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(ms)}" y2="${y(ms)}" stroke="#ddd"/>`);
    parts.push(`<text x="${margin.left - 8}" y="${y(ms) + 4}" text-anchor="end">${ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`}</text>`);
  }
  for (const size of [...new Set(sizes)]) {
    parts.push(`<text x="${x(size)}" y="${height - margin.bottom + 18}" text-anchor="middle">${size.toLocaleString('en')}</text>`);
  }
  parts.push(`<text x="${(margin.left + width - margin.right) / 2}" y="${height - 12}" text-anchor="middle">tools in the module</text>`);
  series.forEach((line, index) => {
    const color = COLORS[line.language];
    const points = line.sizes.map((size, n) => `${x(size).toFixed(1)},${y(line.medians[n]!).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${points}" fill="none" stroke="${color}" stroke-width="2"/>`);
    line.sizes.forEach((size, n) =>
      parts.push(`<circle cx="${x(size).toFixed(1)}" cy="${y(line.medians[n]!).toFixed(1)}" r="3.5" fill="${color}"/>`),
    );
    const base = y(line.baseline.median).toFixed(1);
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${base}" y2="${base}" stroke="${color}" stroke-dasharray="4 4"/>`,
    );
    const legendY = margin.top + 10 + index * 40;
    parts.push(
      `<line x1="${width - margin.right + 12}" x2="${width - margin.right + 32}" y1="${legendY}" y2="${legendY}" stroke="${color}" stroke-width="2"/>`,
    );
    parts.push(`<text x="${width - margin.right + 38}" y="${legendY + 4}">${line.language === 'python' ? 'Python' : 'TypeScript'}</text>`);
    parts.push(
      `<line x1="${width - margin.right + 12}" x2="${width - margin.right + 32}" y1="${legendY + 16}" y2="${legendY + 16}" stroke="${color}" stroke-dasharray="4 4"/>`,
    );
    parts.push(
      `<text x="${width - margin.right + 38}" y="${legendY + 20}">${line.language === 'python' ? 'python3 -c pass' : 'node -e 0'}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
