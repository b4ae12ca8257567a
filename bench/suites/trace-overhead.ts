/**
 * #9 overhead of a traced tool call: generated runners whose main() calls a no-op tool 100,000 times through
 * the traced wrapper, against the same runner calling the tool module's function directly. Both are whole
 * runs of the program as the engine starts it, so the figure includes recording and reporting the trace.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import type { LanguageContext } from '../../src/engine/language.js';
import { programEnvironment } from '../../src/engine/env.js';
import { extractTools } from '../../src/engine/tools.js';
import { replaceMain } from '../../test/fakes/anthropic.js';
import { summarize } from '../lib/measure.js';
import type { Row, SuiteOptions, SuiteResult } from '../lib/row.js';

const CALLS = 100_000;
const QUICK_CALLS = 1_000;

const TOOLS = {
  python: { file: 'noop_tools.py', source: 'def noop(value: int) -> int:\n    """Return value unchanged."""\n    return value\n' },
  typescript: { file: 'noop_tools.ts', source: '/** Return value unchanged. */\nexport function noop(value: number): number {\n  return value;\n}\n' },
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
  return { traced: body('noop'), direct: body('direct.noop', `  const direct = (await import(${JSON.stringify('./noop_tools.ts')})) as { noop(value: number): number };\n`) };
}

interface Program {
  run(): Promise<number>;
}

/** Writes a runner whose main() is `main` into its own directory and returns how to time one run of it. */
async function program(language: keyof typeof TOOLS, root: string, name: string, main: string): Promise<Program> {
  const dir = path.join(root, name);
  await mkdir(dir);
  const tools = path.join(dir, TOOLS[language].file);
  await writeFile(tools, TOOLS[language].source);
  const context: LanguageContext = { repoRoot: dir, python: 'python3', node: process.execPath, env: programEnvironment(process.env) };
  const { language: support, module } = await extractTools(tools, context);
  const runner = support.renderRunner(module, 'Call noop');
  const runnerPath = path.join(dir, runner.file_name);
  await writeFile(runnerPath, replaceMain(main)(runner.text));
  for (const file of runner.support_files ?? []) await writeFile(path.join(dir, file.name), file.text);
  await support.prepare?.(runnerPath, module, context);
  const command = support.executionCommand(runnerPath, module, context);
  const resultPath = path.join(dir, 'result.json');
  return {
    async run() {
      const started = performance.now();
      await execa(command.file, command.args, { cwd: dir, env: { ...command.env, CODEMODE_RESULT_PATH: resultPath }, stdin: 'ignore' });
      const elapsed = performance.now() - started;
      const report = JSON.parse(await readFile(resultPath, 'utf8')) as { ok: boolean; trace: unknown[] };
      if (!report.ok) throw new Error(`${name} failed: ${JSON.stringify(report).slice(0, 500)}`);
      return elapsed;
    },
  };
}

async function overheadUs(language: keyof typeof TOOLS, calls: number, options: SuiteOptions): Promise<{ perCallUs: number[]; traced: number[]; direct: number[] }> {
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

export async function traceOverheadSuite(options: SuiteOptions): Promise<SuiteResult> {
  const calls = options.quick ? QUICK_CALLS : CALLS;
  const python = await overheadUs('python', calls, options);
  const typescript = await overheadUs('typescript', calls, options);
  const row = (language: string, measured: typeof python, goalUs: number): Row => {
    const figure = summarize(measured.perCallUs);
    return {
      id: '9',
      what: `traced tool call overhead, ${language} (${calls.toLocaleString('en')} calls)`,
      unit: 'µs',
      figure,
      baseline: `direct calls: ${Math.round(summarize(measured.direct).median)} ms a run`,
      goal: `≤ ${goalUs} µs a call`,
      met: calls === CALLS ? figure.median <= goalUs : null,
      note: `${calls === CALLS ? '' : 'too few calls to judge the goal (quick mode); '}(traced run − direct run) / calls; traced run ${Math.round(summarize(measured.traced).median)} ms, trace written to the result file`,
    };
  };
  options.log(`#9 python ${summarize(python.perCallUs).median.toFixed(2)} µs, typescript ${summarize(typescript.perCallUs).median.toFixed(2)} µs`);
  return { rows: [row('Python', python, 10), row('TypeScript', typescript, 2)], details: { calls, python, typescript } };
}
