/**
 * #4 and #5 tool extraction: the committed CLI bundle extracts generated tools modules of 10, 100 and 1,000
 * tools in a dry run; the figure is the engine's own extract timing (a whole python3 or compiler pass).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { execa } from 'execa';

import type { CodeModeResult } from '../../src/engine/types.js';
import { writeToolsModule } from '../lib/generate.js';
import { processMs, repeat, summarize, type Summary } from '../lib/measure.js';
import type { Row, SuiteOptions, SuiteResult } from '../lib/row.js';

const CLI = path.resolve(import.meta.dirname, '..', '..', 'dist', 'cli.js');
export const FULL_SIZES = [10, 100, 1000];
const QUICK_SIZES = [10];

async function extractMs(dir: string, tools: string): Promise<number> {
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'codemode-bench-dry-'));
  try {
    const run = await execa(process.execPath, [
      CLI,
      'run',
      '--tools',
      path.basename(tools),
      '--task',
      'Use the tools',
      '--dry-run',
      '--json',
      '--workspace',
      workspace,
      '--repo-root',
      dir,
    ]);
    return (JSON.parse(run.stdout) as CodeModeResult).timings.extract_ms;
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}

export interface ScalingSeries {
  language: 'python' | 'typescript';
  sizes: number[];
  medians: number[];
  summaries: Summary[];
  baseline: Summary;
}

async function measureLanguage(language: 'python' | 'typescript', sizes: number[], options: SuiteOptions): Promise<ScalingSeries> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `codemode-bench-${language}-`));
  try {
    const baselineCommand: [string, string[]] = language === 'python' ? ['python3', ['-c', 'pass']] : [process.execPath, ['-e', '0']];
    const baselines: number[] = [];
    const summaries: Summary[] = [];
    for (const size of sizes) {
      const file = await writeToolsModule(dir, language, size);
      const warmUp = await extractMs(dir, file);
      // A size that takes seconds a run is measured once more, not `runs` times.
      const values = await repeat(warmUp > 5000 ? 1 : options.runs, async () => {
        baselines.push(await processMs(...baselineCommand));
        return extractMs(dir, file);
      });
      summaries.push(summarize(values));
      options.log(`#${language === 'python' ? 4 : 5} ${language} ${size} tools: ${Math.round(summaries.at(-1)!.median)} ms`);
    }
    return { language, sizes, medians: summaries.map((s) => s.median), summaries, baseline: summarize(baselines) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const at = (series: ScalingSeries, size: number) => series.summaries[series.sizes.indexOf(size)] ?? null;

function sizeRows(series: ScalingSeries, id: string, goalAt1000: { ms: number; text: string }): Row[] {
  const baselineName = series.language === 'python' ? 'python3 -c pass' : 'node -e 0';
  return series.sizes.map((size) => ({
    id,
    what: `${series.language === 'python' ? 'Python' : 'TypeScript'} tool extraction, ${size.toLocaleString('en')} tools`,
    unit: 'ms',
    figure: at(series, size),
    baseline: `${baselineName}: ${Math.round(series.baseline.median)} ms`,
    goal: size === 1000 ? goalAt1000.text : '—',
    met: size === 1000 ? at(series, size)!.median <= goalAt1000.ms : null,
    note: 'timings.extract_ms of `dist/cli.js run --dry-run --json`',
  }));
}

/** Growth from 100 to 1,000 tools: the ratio of medians, and the cost a tool of each step. */
function growth(series: ScalingSeries) {
  const [t10, t100, t1000] = FULL_SIZES.map((size) => at(series, size)?.median);
  if (t10 === undefined || t100 === undefined || t1000 === undefined) return null;
  return { ratio: t1000 / t100, per_tool_10_100: (t100 - t10) / 90, per_tool_100_1000: (t1000 - t100) / 900 };
}

export async function extractionSuite(options: SuiteOptions): Promise<SuiteResult & { series: ScalingSeries[] }> {
  const sizes = options.quick ? QUICK_SIZES : FULL_SIZES;
  const python = await measureLanguage('python', sizes, options);
  const typescript = await measureLanguage('typescript', sizes, options);
  const pythonGrowth = growth(python);
  const typescriptGrowth = growth(typescript);
  const rows: Row[] = [
    ...sizeRows(python, '4', { ms: 500, text: '≤ 0.5 s' }),
    {
      id: '4',
      what: 'Python extraction growth, time(1000) / time(100)',
      unit: '×',
      figure: pythonGrowth ? summarize([pythonGrowth.ratio]) : null,
      baseline: '—',
      goal: '≤ 12',
      met: pythonGrowth ? pythonGrowth.ratio <= 12 : null,
      note: pythonGrowth ? 'ratio of medians' : 'needs the 100 and 1,000 sizes (full mode)',
    },
    ...sizeRows(typescript, '5', { ms: 2000, text: '≤ 2 s' }),
    {
      id: '5',
      what: 'TypeScript extraction growth, time(1000) / time(100)',
      unit: '×',
      figure: typescriptGrowth ? summarize([typescriptGrowth.ratio]) : null,
      baseline: '—',
      goal: 'linear: ≤ 12',
      met: typescriptGrowth ? typescriptGrowth.ratio <= 12 : null,
      note: typescriptGrowth
        ? `ratio of medians; ${typescriptGrowth.per_tool_100_1000.toFixed(2)} ms a tool from 100 to 1,000 on top of loading the compiler and its libraries`
        : 'needs the 100 and 1,000 sizes (full mode)',
    },
  ];
  return {
    rows,
    details: { python, typescript, python_growth: pythonGrowth, typescript_growth: typescriptGrowth },
    series: [python, typescript],
  };
}
