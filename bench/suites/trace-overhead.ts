/**
 * #9 overhead of a tool call across the trust boundary: generated runners whose main() calls a no-op tool
 * 100,000 times through the wrapper (a message to the tool host and back, recorded in the host's trace), against
 * the same runner calling the tool module's function directly inside the sandbox. Both are whole runs as the
 * engine starts them (host, bubblewrap, program), so the figure includes recording and reporting the trace. Its
 * baseline is the bare round trip of the same language between two processes, measured between those runs: a
 * Python socketpair ping-pong (bench/round_trip.py) and a Node Unix-socket one (bench/lib/round-trip.mjs).
 * Also the sandbox's start: a program that calls nothing, sandboxed against unsandboxed.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { execa } from 'execa';

import { parseConfig } from '../../src/engine/config.js';
import { programEnvironment } from '../../src/engine/env.js';
import { executeHost } from '../../src/engine/execute.js';
import { prepareHost } from '../../src/engine/host.js';
import { programLimits } from '../../src/engine/sandbox/limits.js';
import { extractTools } from '../../src/engine/tools.js';
import { replaceMain } from '../../testing/fakes/anthropic.js';
import { REPO_ROOT } from '../lib/action.js';
import { summarize } from '../lib/measure.js';
import type { Row, SuiteOptions, SuiteResult } from '../lib/row.js';

const CALLS = 100_000;
const QUICK_CALLS = 1_000;
/** How many times a boundary call may cost the bare round trip of its language. */
const ROUND_TRIP_GOAL = 3;

/** The bare round trip of each language: a process that sends a line to another and reads it back, `rounds` times. */
const ROUND_TRIPS = {
  python: (rounds: number) => ({ file: 'python3', args: [path.join(REPO_ROOT, 'bench', 'round_trip.py'), String(rounds)] }),
  typescript: (rounds: number) => ({
    file: process.execPath,
    args: [path.join(REPO_ROOT, 'bench', 'lib', 'round-trip.mjs'), String(rounds)],
  }),
};

/** Microseconds of one bare round trip, averaged over `rounds`. */
async function roundTripUs(language: keyof typeof ROUND_TRIPS, rounds: number): Promise<number> {
  const { file, args } = ROUND_TRIPS[language](rounds);
  const { stdout } = await execa(file, args, { stdin: 'ignore' });
  return Number(stdout.trim());
}

const TOOLS = {
  python: { file: 'noop_tools.py', source: 'def noop(value: int) -> int:\n    """Return value unchanged."""\n    return value\n' },
  typescript: {
    file: 'noop_tools.ts',
    source: '/** Return value unchanged. */\nexport function noop(value: number): number {\n  return value;\n}\n',
  },
} as const;

function mains(language: keyof typeof TOOLS, calls: number): { traced: string; direct: string } {
  if (language === 'python') {
    const body = (call: string, setup = '') => `def main(params: str = "") -> object:
${setup}    for index in range(${calls}):
        ${call}(index)
    return ${calls}
`;
    return { traced: body('noop'), direct: body('direct_noop', '    from noop_tools import noop as direct_noop\n') };
  }
  const body = (call: string, setup = '') => `export async function main(params: string = ""): Promise<unknown> {
${setup}  for (let index = 0; index < ${calls}; index += 1) ${call}(index);
  return ${calls};
}
`;
  return {
    traced: body('noop'),
    direct: body(
      'direct.noop',
      `  const direct = (await import(${JSON.stringify('../noop_tools.ts')})) as { noop(value: number): number };\n`,
    ),
  };
}

interface Program {
  run(): Promise<number>;
}

/**
 * Writes a runner whose main() is `main` into its own directory and returns how to time one run of it, started as
 * the engine starts it: the tool host, which starts the program, sandboxed unless `sandboxed` is false.
 */
async function program(language: keyof typeof TOOLS, root: string, name: string, main: string, sandboxed = true): Promise<Program> {
  const dir = path.join(root, name);
  const workspace = path.join(dir, '.workspace');
  await mkdir(workspace, { recursive: true });
  const tools = path.join(dir, TOOLS[language].file);
  await writeFile(tools, TOOLS[language].source);
  const {
    language: support,
    module,
    context,
  } = await extractTools(tools, { repoRoot: dir, env: programEnvironment(process.env) }, { node: process.execPath });
  const runner = support.renderRunner(module, 'Call noop');
  const runnerPath = path.join(workspace, runner.file_name);
  await writeFile(runnerPath, replaceMain(main)(runner.text));
  const supportFiles = (runner.support_files ?? []).map((file) => path.join(workspace, file.name));
  for (const file of runner.support_files ?? []) await writeFile(path.join(workspace, file.name), file.text);
  await support.prepare?.(runnerPath, module, context);
  const reportPath = path.join(workspace, 'host-report.json');
  const journalPath = path.join(workspace, 'host-journal.jsonl');
  const { command, programStart, spec } = await prepareHost({
    language: support,
    module,
    runnerPath,
    context,
    sandbox: sandboxed ? { repoRoot: dir, hidden: [], workspace, limits: programLimits(parseConfig({})) } : null,
    supportFiles,
    programText: await readFile(runnerPath, 'utf8'),
    journalPath,
    reportPath,
  });
  return {
    async run() {
      // Each run is a first attempt: an earlier run's journal would answer its calls instead of the tool.
      await rm(journalPath, { force: true });
      const started = performance.now();
      const outcome = await executeHost({
        command,
        programStart,
        spec,
        cwd: dir,
        env: context.env,
        timeoutMs: 600_000,
        reportPath,
        logPath: path.join(workspace, 'execution.log'),
        logCapBytes: 1024 * 1024,
      });
      const elapsed = performance.now() - started;
      if (outcome.error !== null) throw new Error(`${name} failed: ${outcome.error} ${outcome.log.slice(-500)}`);
      return elapsed;
    },
  };
}

async function overheadUs(
  language: keyof typeof TOOLS,
  calls: number,
  options: SuiteOptions,
): Promise<{ perCallUs: number[]; traced: number[]; direct: number[]; roundTripUs: number[] }> {
  const root = await mkdtemp(path.join(os.tmpdir(), `codemode-bench-trace-${language}-`));
  try {
    const { traced, direct } = mains(language, calls);
    const programs = { traced: await program(language, root, 'traced', traced), direct: await program(language, root, 'direct', direct) };
    await programs.traced.run();
    await programs.direct.run();
    const times = { traced: [] as number[], direct: [] as number[], roundTripUs: [] as number[] };
    for (let run = 0; run < options.runs; run += 1) {
      times.roundTripUs.push(await roundTripUs(language, calls));
      times.direct.push(await programs.direct.run());
      times.traced.push(await programs.traced.run());
    }
    return { perCallUs: times.traced.map((ms, index) => ((ms - times.direct[index]!) * 1000) / calls), ...times };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Runs of a program that calls nothing, under the sandbox and without it, alternating. */
async function sandboxStartMs(
  language: keyof typeof TOOLS,
  options: SuiteOptions,
): Promise<{ extraMs: number[]; sandboxed: number[]; bare: number[] }> {
  const root = await mkdtemp(path.join(os.tmpdir(), `codemode-bench-sandbox-${language}-`));
  try {
    const { direct } = mains(language, 0);
    const programs = {
      sandboxed: await program(language, root, 'sandboxed', direct),
      bare: await program(language, root, 'bare', direct, false),
    };
    await programs.sandboxed.run();
    await programs.bare.run();
    const times = { sandboxed: [] as number[], bare: [] as number[] };
    for (let run = 0; run < Math.max(options.runs, 5); run += 1) {
      times.bare.push(await programs.bare.run());
      times.sandboxed.push(await programs.sandboxed.run());
    }
    return { extraMs: times.sandboxed.map((ms, index) => ms - times.bare[index]!), ...times };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const PYTHON_ROUND_TRIP = 'socketpair ping-pong';
const NODE_ROUND_TRIP = 'Unix socket ping-pong';

/** Figures of the in-process tracing wrapper that the tool host replaced, measured the same way (README, before). */
const IN_PROCESS_US = { Python: 6.1, TypeScript: 1.8 } as const;

export async function traceOverheadSuite(options: SuiteOptions): Promise<SuiteResult> {
  const calls = options.quick ? QUICK_CALLS : CALLS;
  const python = await overheadUs('python', calls, options);
  const typescript = await overheadUs('typescript', calls, options);
  const starts = { python: await sandboxStartMs('python', options), typescript: await sandboxStartMs('typescript', options) };
  const row = (language: keyof typeof IN_PROCESS_US, measured: typeof python, roundTrip: string): Row => {
    const figure = summarize(measured.perCallUs);
    const bare = summarize(measured.roundTripUs).median;
    return {
      id: '9',
      what: `tool call across the boundary, ${language} (${calls.toLocaleString('en')} calls)`,
      unit: 'µs',
      figure,
      baseline: `bare round trip (${roundTrip}): ${bare.toFixed(1)} µs; direct calls in the sandbox: ${Math.round(summarize(measured.direct).median)} ms a run; in-process wrapper before: ${IN_PROCESS_US[language]} µs`,
      goal: `≤ ${ROUND_TRIP_GOAL}× the bare round trip (${(ROUND_TRIP_GOAL * bare).toFixed(1)} µs)`,
      met: calls === CALLS ? figure.median <= ROUND_TRIP_GOAL * bare : null,
      note: `${calls === CALLS ? '' : 'too few calls to judge the goal (quick mode); '}(wrapped run − direct run) / calls: ${(figure.median / bare).toFixed(1)}× the bare round trip; wrapped run ${Math.round(summarize(measured.traced).median)} ms, trace recorded by the host`,
    };
  };
  const roundTripRow = (language: string, measured: typeof python, roundTrip: string): Row => ({
    id: '9',
    what: `bare round trip between two processes, ${language} (${roundTrip})`,
    unit: 'µs',
    figure: summarize(measured.roundTripUs),
    baseline: '—',
    goal: 'baseline of the boundary call',
    met: null,
    note: `${calls.toLocaleString('en')} round trips of a 58-byte line, measured before each pair of boundary runs`,
  });
  const startRow = (language: string, measured: typeof starts.python): Row => {
    const figure = summarize(measured.extraMs);
    return {
      id: '9',
      what: `sandbox start, ${language} program`,
      unit: 'ms',
      figure,
      baseline: `same host and program unsandboxed: ${Math.round(summarize(measured.bare).median)} ms`,
      goal: '≤ 30 ms',
      met: figure.median <= 30,
      note: 'sandboxed run − unsandboxed run of a program that calls nothing',
    };
  };
  options.log(
    `#9 python ${summarize(python.perCallUs).median.toFixed(2)} µs, typescript ${summarize(typescript.perCallUs).median.toFixed(2)} µs a call`,
  );
  return {
    rows: [
      roundTripRow('Python', python, PYTHON_ROUND_TRIP),
      row('Python', python, PYTHON_ROUND_TRIP),
      roundTripRow('Node', typescript, NODE_ROUND_TRIP),
      row('TypeScript', typescript, NODE_ROUND_TRIP),
      startRow('Python', starts.python),
      startRow('TypeScript', starts.typescript),
    ],
    details: { calls, python, typescript, sandbox_start: starts },
  };
}
