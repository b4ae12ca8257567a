/**
 * #9 overhead of a tool call across the trust boundary: generated runners whose main() calls a no-op tool
 * 100,000 times through the wrapper (a message to the tool host and back, recorded in the host's trace), against
 * the same runner calling the tool module's function directly inside the sandbox. Both are whole runs as the
 * engine starts them (host, bubblewrap, program), so the figure includes recording and reporting the trace.
 * Also the sandbox's start: a program that calls nothing, sandboxed against unsandboxed.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { parseConfig } from '../../src/engine/config.js';
import { programEnvironment } from '../../src/engine/env.js';
import { executeHost } from '../../src/engine/execute.js';
import { prepareHost } from '../../src/engine/host.js';
import { programLimits } from '../../src/engine/sandbox/limits.js';
import { extractTools } from '../../src/engine/tools.js';
import { replaceMain } from '../../testing/fakes/anthropic.js';
import { summarize } from '../lib/measure.js';
import type { Row, SuiteOptions, SuiteResult } from '../lib/row.js';

const CALLS = 100_000;
const QUICK_CALLS = 1_000;

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
  const command = await prepareHost({
    language: support,
    module,
    runnerPath,
    context,
    sandbox: sandboxed ? { repoRoot: dir, hidden: [], workspace, limits: programLimits(parseConfig({})) } : null,
    supportFiles,
    specPath: path.join(workspace, 'host-spec.json'),
    journalPath: path.join(workspace, 'host-journal.jsonl'),
    reportPath,
  });
  return {
    async run() {
      const started = performance.now();
      const outcome = await executeHost({
        command,
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
): Promise<{ perCallUs: number[]; traced: number[]; direct: number[] }> {
  const root = await mkdtemp(path.join(os.tmpdir(), `codemode-bench-trace-${language}-`));
  try {
    const { traced, direct } = mains(language, calls);
    const programs = { traced: await program(language, root, 'traced', traced), direct: await program(language, root, 'direct', direct) };
    await programs.traced.run();
    await programs.direct.run();
    const times = { traced: [] as number[], direct: [] as number[] };
    for (let run = 0; run < options.runs; run += 1) {
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

/** Figures of the in-process tracing wrapper that the tool host replaced, measured the same way (README, before). */
const IN_PROCESS_US = { Python: 6.1, TypeScript: 1.8 } as const;

export async function traceOverheadSuite(options: SuiteOptions): Promise<SuiteResult> {
  const calls = options.quick ? QUICK_CALLS : CALLS;
  const python = await overheadUs('python', calls, options);
  const typescript = await overheadUs('typescript', calls, options);
  const starts = { python: await sandboxStartMs('python', options), typescript: await sandboxStartMs('typescript', options) };
  const row = (language: keyof typeof IN_PROCESS_US, measured: typeof python, goalUs: number): Row => {
    const figure = summarize(measured.perCallUs);
    return {
      id: '9',
      what: `tool call across the boundary, ${language} (${calls.toLocaleString('en')} calls)`,
      unit: 'µs',
      figure,
      baseline: `direct calls in the sandbox: ${Math.round(summarize(measured.direct).median)} ms a run; in-process wrapper before: ${IN_PROCESS_US[language]} µs`,
      goal: `≤ ${goalUs} µs a call`,
      met: calls === CALLS ? figure.median <= goalUs : null,
      note: `${calls === CALLS ? '' : 'too few calls to judge the goal (quick mode); '}(wrapped run − direct run) / calls; wrapped run ${Math.round(summarize(measured.traced).median)} ms, trace recorded by the host`,
    };
  };
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
      row('Python', python, 25),
      row('TypeScript', typescript, 15),
      startRow('Python', starts.python),
      startRow('TypeScript', starts.typescript),
    ],
    details: { calls, python, typescript, sandbox_start: starts },
  };
}
