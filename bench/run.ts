/**
 * `npm run bench [-- --quick]`: every performance figure of the project, each next to a baseline measured in
 * the same run. Prints one table, writes bench/results.json (bench/results.quick.json in quick mode), and in full
 * mode the charts (docs/scaling.svg, docs/tool-calls-*.svg) and the results section of docs/benchmarks.md. Quick mode: smallest sizes, one run each, no npm registry.
 */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { ensureNode24 } from '../testing/node24.js';
import { extractionChart, logLogSvg, markdownNotes, markdownTable, textTable, toolCallsChart, toolCallsTable } from './lib/report.js';
import type { Details, Row, SuiteOptions, SuiteResult } from './lib/row.js';
import { actionSuite } from './suites/action.js';
import { catalogSuite } from './suites/catalog.js';
import { claudeMcpSuite } from './suites/claude-mcp.js';
import { coldStartSuite } from './suites/cold-start.js';
import { extractionSuite, type ScalingSeries } from './suites/extraction.js';
import { installSuite } from './suites/install.js';
import { mcpSuite } from './suites/mcp.js';
import { modelTrafficSuite } from './suites/model-traffic.js';
import { pythonCheckSuite } from './suites/python-check.js';
import { savedProgramSuite } from './suites/saved-program.js';
import { toolApiSuite } from './suites/tool-api.js';
import { type ToolCallsPoint, toolCallsSuite } from './suites/tool-calls.js';
import { traceOverheadSuite } from './suites/trace-overhead.js';

const ROOT = path.resolve(import.meta.dirname, '..');

const CHARTS = {
  extraction: path.join(ROOT, 'docs', 'scaling.svg'),
  toolCallBytes: path.join(ROOT, 'docs', 'tool-calls-bytes.svg'),
  toolCallTime: path.join(ROOT, 'docs', 'tool-calls-time.svg'),
};
const DOC = path.join(ROOT, 'docs', 'benchmarks.md');
const RESULTS = { begin: '<!-- bench:results begin -->', end: '<!-- bench:results end -->' };
const TOOL_CALLS = { begin: '<!-- bench:tool-calls begin -->', end: '<!-- bench:tool-calls end -->' };
const FULL_RUNS = 5;

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, runs: { type: 'string' } } });
const quick = values.quick;
// A quick pass must not replace the committed results of the full suite.
const RESULTS_FILE = path.join(ROOT, 'bench', quick ? 'results.quick.json' : 'results.json');
// The action is timed on the runtime of `runs.using: node24`; a fresh clone installs it here.
await ensureNode24();

const options: SuiteOptions = {
  quick,
  runs: values.runs ? Number(values.runs) : quick ? 1 : FULL_RUNS,
  log: (message) => process.stderr.write(`  ${message}\n`),
};

const started = performance.now();
const rows: Row[] = [];
const details: Record<string, Details> = {};
let scaling: ScalingSeries[] = [];
let toolCalls: ToolCallsPoint[] = [];
const suites: [string, (options: SuiteOptions) => Promise<SuiteResult>][] = [
  ['cold start (#11)', coldStartSuite],
  ['action (#1, #2, #10)', actionSuite],
  ['install (#3)', installSuite],
  [
    'extraction (#4, #5)',
    async (suiteOptions) => {
      const result = await extractionSuite(suiteOptions);
      scaling = result.series;
      return result;
    },
  ],
  ['tool API (#6)', toolApiSuite],
  ['model traffic (#7, #8)', modelTrafficSuite],
  ['trace overhead (#9)', traceOverheadSuite],
  ['Python type check (#14)', pythonCheckSuite],
  ['MCP servers (#15)', mcpSuite],
  [
    'tool calls at scale (#12, #13)',
    async (suiteOptions) => {
      const result = await toolCallsSuite(suiteOptions);
      toolCalls = result.points;
      return result;
    },
  ],
  ['saved program (#16)', savedProgramSuite],
  ['Claude Code over MCP (#19)', claudeMcpSuite],
  ['requests per attempt and large catalogs (#17, #18)', catalogSuite],
];
for (const [name, suite] of suites) {
  process.stderr.write(`${name}\n`);
  const result = await suite(options);
  rows.push(...result.rows);
  details[name] = result.details;
}
rows.sort((a, b) => Number(a.id) - Number(b.id));

const machine = {
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  memory_gb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
};
const seconds = (performance.now() - started) / 1000;
const table = textTable(rows);
process.stdout.write(
  `\n${table}\n\n${quick ? 'Quick mode: smallest sizes, one run each; #3 needs the npm registry and is skipped.\n' : ''}`,
);
const missed = rows.filter((row) => row.met === false);
process.stdout.write(
  missed.length ? `Goals not met: ${missed.map((row) => `#${row.id} ${row.what}`).join('; ')}\n` : 'Every measured goal is met.\n',
);
process.stdout.write(`${seconds.toFixed(0)} s on ${machine.cpus} × ${machine.cpu}\n`);

await writeFile(
  RESULTS_FILE,
  `${JSON.stringify({ date: new Date().toISOString(), mode: quick ? 'quick' : 'full', runs: options.runs, seconds, machine, rows, details }, null, 2)}\n`,
);
if (!quick) {
  await writeFile(CHARTS.extraction, logLogSvg(extractionChart(scaling)));
  await writeFile(CHARTS.toolCallBytes, logLogSvg(toolCallsChart(toolCalls, 'bytes')));
  await writeFile(CHARTS.toolCallTime, logLogSvg(toolCallsChart(toolCalls, 'ms')));
  const runLine = `Latest full run: ${new Date().toISOString().slice(0, 10)}, ${options.runs} runs a figure, ${machine.cpus} × ${machine.cpu}, ${machine.memory_gb} GB, ${seconds.toFixed(0)} s.`;
  let doc = await readFile(DOC, 'utf8');
  doc = replaceSection(doc, RESULTS, [runLine, '', markdownTable(rows), '', markdownNotes(rows)].join('\n'));
  doc = replaceSection(doc, TOOL_CALLS, toolCallsTable(toolCalls));
  await writeFile(DOC, doc);
}

/** `doc` with the text between the section's markers replaced by `body`. */
function replaceSection(doc: string, markers: { begin: string; end: string }, body: string): string {
  const begin = doc.indexOf(markers.begin);
  const end = doc.indexOf(markers.end);
  if (begin < 0 || end < 0) throw new Error(`${DOC} has no ${markers.begin} … ${markers.end} section`);
  return `${doc.slice(0, begin)}${markers.begin}\n${body}\n${doc.slice(end)}`;
}
