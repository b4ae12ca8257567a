/** The results table (stdout and Markdown), results.json, and the SVG charts of the runs that scale. */
import type { ScalingSeries } from '../suites/extraction.js';
import type { ToolCallsPoint } from '../suites/tool-calls.js';
import { summarize } from './measure.js';
import type { Row } from './row.js';

/** A ratio with two decimals, or four when it is below 0.01. */
const ratio = (value: number) => (Math.abs(value) < 0.01 ? `${value.toFixed(4)}×` : `${value.toFixed(2)}×`);

function number(value: number, unit: Row['unit']): string {
  if (unit === 'ms') return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
  if (unit === 'µs') return `${value.toFixed(2)} µs`;
  if (unit === '×') return ratio(value);
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

/** One line of a chart: its points (x, y), drawn solid or dashed. */
export interface ChartLine {
  label: string;
  color: string;
  dashed: boolean;
  points: [number, number][];
}

export interface Chart {
  title: string;
  xLabel: string;
  yUnit: 'ms' | 'bytes';
  lines: ChartLine[];
}

/** A grid line's label: a power of ten in milliseconds, or in bytes (decimal units). */
function tick(value: number, unit: Chart['yUnit']): string {
  if (unit === 'ms') return value >= 1000 ? `${value / 1000} s` : `${value} ms`;
  const [divisor, name] = value >= 1e6 ? [1e6, 'MB'] : value >= 1e3 ? [1e3, 'kB'] : [1, 'B'];
  return `${value / divisor} ${name}`;
}

/** A log-log line chart with a legend at the right. */
export function logLogSvg(chart: Chart): string {
  const width = 640;
  const height = 400;
  const margin = { left: 70, right: 170, top: 40, bottom: 50 };
  const xs = chart.lines.flatMap((line) => line.points.map(([x]) => x));
  const ys = chart.lines.flatMap((line) => line.points.map(([, y]) => y));
  const [minX, maxX] = [Math.log10(Math.min(...xs)), Math.log10(Math.max(...xs))];
  const [minY, maxY] = [Math.floor(Math.log10(Math.min(...ys))), Math.ceil(Math.log10(Math.max(...ys)))];
  const x = (value: number) => margin.left + ((Math.log10(value) - minX) / Math.max(maxX - minX, 1)) * (width - margin.left - margin.right);
  const y = (value: number) =>
    height - margin.bottom - ((Math.log10(value) - minY) / Math.max(maxY - minY, 1)) * (height - margin.top - margin.bottom);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="14">${chart.title}</text>`,
  ];
  for (let power = minY; power <= maxY; power += 1) {
    const value = 10 ** power;
    parts.push(`<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(value)}" y2="${y(value)}" stroke="#ddd"/>`);
    parts.push(`<text x="${margin.left - 8}" y="${y(value) + 4}" text-anchor="end">${tick(value, chart.yUnit)}</text>`);
  }
  for (const value of [...new Set(xs)]) {
    parts.push(`<text x="${x(value)}" y="${height - margin.bottom + 18}" text-anchor="middle">${value.toLocaleString('en')}</text>`);
  }
  parts.push(`<text x="${(margin.left + width - margin.right) / 2}" y="${height - 12}" text-anchor="middle">${chart.xLabel}</text>`);
  chart.lines.forEach((line, index) => {
    const dash = line.dashed ? ' stroke-dasharray="4 4"' : '';
    const points = line.points.map(([px, py]) => `${x(px).toFixed(1)},${y(py).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${points}" fill="none" stroke="${line.color}" stroke-width="2"${dash}/>`);
    if (!line.dashed)
      line.points.forEach(([px, py]) =>
        parts.push(`<circle cx="${x(px).toFixed(1)}" cy="${y(py).toFixed(1)}" r="3.5" fill="${line.color}"/>`),
      );
    const legendY = margin.top + 10 + index * 20;
    parts.push(
      `<line x1="${width - margin.right + 12}" x2="${width - margin.right + 32}" y1="${legendY}" y2="${legendY}" stroke="${line.color}" stroke-width="2"${dash}/>`,
    );
    parts.push(`<text x="${width - margin.right + 38}" y="${legendY + 4}">${line.label}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

const LANGUAGE_COLORS: Record<ScalingSeries['language'], string> = { python: '#3572A5', typescript: '#d9480f' };

/** Extraction time against tool count, one line per language, with its interpreter's start dashed. */
export function extractionChart(series: ScalingSeries[]): Chart {
  return {
    title: 'Tool extraction time (median) against tool count',
    xLabel: 'tools in the module',
    yUnit: 'ms',
    lines: series.flatMap((line) => {
      const color = LANGUAGE_COLORS[line.language];
      const ends = [line.sizes[0]!, line.sizes.at(-1)!];
      return [
        {
          label: line.language === 'python' ? 'Python' : 'TypeScript',
          color,
          dashed: false,
          points: line.sizes.map((size, n): [number, number] => [size, line.medians[n]!]),
        },
        {
          label: line.language === 'python' ? 'python3 -c pass' : 'node -e 0',
          color,
          dashed: true,
          points: ends.map((size): [number, number] => [size, line.baseline.median]),
        },
      ];
    }),
  };
}

const CODE_MODE_COLOR = '#2b8a3e';
const LOOP_COLOR = '#868e96';

/** Code Mode against the plain tool-calling loop, by records, for one measure of each side. */
export function toolCallsChart(points: ToolCallsPoint[], measure: 'bytes' | 'ms'): Chart {
  const line = (label: string, color: string, side: 'codemode' | 'loop'): ChartLine => ({
    label,
    color,
    dashed: false,
    points: points.map((point): [number, number] => [point.records, point[side][measure]]),
  });
  return {
    title:
      measure === 'bytes'
        ? 'Bytes sent to the model against the number of records'
        : 'Time to result against the number of records (modelled latency)',
    xLabel: 'records fetched (one tool call each)',
    yUnit: measure,
    lines: [line('Code Mode', CODE_MODE_COLOR, 'codemode'), line('plain tool-calling loop', LOOP_COLOR, 'loop')],
  };
}

const size = (bytes: number) => (bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`);

/** Code Mode against the plain loop at each size, as a Markdown table. */
export function toolCallsTable(points: ToolCallsPoint[]): string {
  const lines = [
    '| records | tool calls | requests, Code Mode / loop | bytes sent, Code Mode / loop | ratio | largest request, loop | time to result, Code Mode / loop | ratio |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...points
      .map(({ records, codemode, loop, time_ratios: ratios }) =>
        [
          records.toLocaleString('en'),
          codemode.tool_calls.toLocaleString('en'),
          `${codemode.requests} / ${loop.requests}`,
          `${size(codemode.bytes)} / ${size(loop.bytes)}`,
          ratio(codemode.bytes / loop.bytes),
          size(loop.largest_request_bytes),
          `${(codemode.ms / 1000).toFixed(1)} s / ${(loop.ms / 1000).toFixed(1)} s`,
          ratio(summarize(ratios).median),
        ].join(' | '),
      )
      .map((line) => `| ${line} |`),
  ];
  return lines.join('\n');
}
