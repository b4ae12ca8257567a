/**
 * #14 the type check of Python programs with pyright: whole runs of the committed CLI bundle (real Claude Code,
 * the scripted model, python3) with `--check basic` against `--check off`. Warm: pyright already in the tool
 * cache; what it adds is the difference in `timings.verify_ms`. Cold: an empty tool cache, so pyright is installed
 * from npm while Claude Code works; what the run waits for it after the session is `timings.type_checker_ms` (its
 * own phase, apart from Claude Code's install), and the rest of the install overlapped the session. Cold runs need the npm registry (full mode only). After arrival: the language's check of the same program
 * file (check.py, then pyright), by a cold pyright process against pyright's language server started on the generated
 * runner beforehand, as the engine starts it while Claude Code writes; and the same for a TypeScript program, by the
 * compiler kept warm against a new program of the compiler.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { execa } from 'execa';

import { programEnvironment } from '../../src/engine/env.js';
import type { LanguageContext, LanguageSupport, LocatedRegion } from '../../src/engine/language.js';
import type { PythonModule } from '../../src/engine/python/data.js';
import { pythonLanguage } from '../../src/engine/python/index.js';
import { PYRIGHT_VERSION } from '../../src/engine/python/pyright.js';
import type { CodeModeResult, RunnerSource, ToolModule } from '../../src/engine/types.js';
import { typescriptLanguage } from '../../src/engine/typescript/index.js';
import { locateProtectedRegions } from '../../src/engine/verify.js';
import { locateToolsModule } from '../../src/engine/workspace.js';
import { editRunnerScript, fakeAnthropicEnvironment, replaceMain, startFakeAnthropic } from '../../testing/fakes/anthropic.js';
import { PYTHON_MAINS } from '../../testing/mains/python.js';
import { implementMain, TRIAGE_MAIN_BODY } from '../../testing/mains/typescript.js';
import { CLAUDE_PATH, REPO_ROOT } from '../lib/action.js';
import { repeat, summarize } from '../lib/measure.js';
import type { Row, SuiteOptions, SuiteResult } from '../lib/row.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

const PROGRAMS = {
  weather: { tools: 'examples/weather/tools.py', task: 'Compare weather between San Francisco and New York', main: PYTHON_MAINS.weather },
  pydantic: {
    tools: 'test/fixtures/python/checked/results.py',
    task: 'Report the forecast for Paris',
    main: 'def main(params: str = "") -> object:\n    report = forecast("Paris")\n    return {"spread": report.high - report.low, "station": station("Pier").name}\n',
  },
} as const;
type Program = keyof typeof PROGRAMS;

const TYPESCRIPT_PROGRAM = { tools: 'examples/triage/tools.ts', task: 'Label the open issues', body: TRIAGE_MAIN_BODY };

interface Run {
  result: CodeModeResult;
  installed_ms: number | null;
}

/** What stays the user's when HOME is another: npm's cache and the interpreter (a shim would look for itself under HOME). */
interface Machine {
  npmCache: string;
  python: string;
}

/** One whole run of the CLI; `home` holds the tool cache (`~/.cache/codemode`). */
async function cliRun(program: Program, check: 'basic' | 'off', home: string, machine: Machine): Promise<Run> {
  const { tools, task, main } = PROGRAMS[program];
  const fake = await startFakeAnthropic(editRunnerScript([replaceMain(main)]));
  try {
    const run = await execa(
      process.execPath,
      [
        CLI,
        'run',
        '--tools',
        tools,
        '--task',
        task,
        '--json',
        '--claude-code-path',
        CLAUDE_PATH,
        '--python',
        machine.python,
        '--check',
        check,
      ],
      {
        cwd: REPO_ROOT,
        env: { ...fakeAnthropicEnvironment(fake.url), CLAUDE_CODE_MAX_RETRIES: '0', HOME: home, npm_config_cache: machine.npmCache },
        reject: false,
      },
    );
    const result = JSON.parse(run.stdout) as CodeModeResult;
    if (!result.success) throw new Error(`#14 ${program} --check ${check} failed: ${result.error ?? run.stderr}`);
    const installed = /Installed pyright \S+ in ([\d.]+) s/.exec(run.stderr);
    return { result, installed_ms: installed ? Number(installed[1]) * 1000 : null };
  } finally {
    await fake.close();
  }
}

const median = (values: number[]) => summarize(values).median;

/** A runner file of the bench's and the protected regions verification locates in it. */
interface RunnerFile {
  path: string;
  regions: LocatedRegion[];
}

/** A program of PROGRAMS: its module, its generated runner and, in a folder laid out as the engine lays it out, both files. */
interface WrittenProgram {
  module: PythonModule;
  generated: RunnerSource;
  /** The generated runner, with the TODO main(), as the warm checker opens it. */
  todo: RunnerFile;
  program: RunnerFile;
}

async function runnerFile(generated: RunnerSource, folder: string, name: string, text: string): Promise<RunnerFile> {
  const located = locateProtectedRegions(generated, text);
  if ('failure' in located) throw new Error(`#14: ${located.failure.message}`);
  await writeFile(path.join(folder, name), text);
  return { path: path.join(folder, name), regions: located.regions };
}

async function writeProgram(program: Program, context: LanguageContext): Promise<WrittenProgram> {
  const { tools, task, main } = PROGRAMS[program];
  const module = await pythonLanguage.extract(await locateToolsModule(tools, REPO_ROOT), context);
  const generated = pythonLanguage.renderRunner(module, task);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'codemode-bench-check-'));
  for (const file of generated.support_files ?? []) await writeFile(path.join(folder, file.name), file.text);
  return {
    module,
    generated,
    todo: await runnerFile(generated, folder, `todo_${generated.file_name}`, generated.text),
    program: await runnerFile(generated, folder, generated.file_name, replaceMain(main)(generated.text)),
  };
}

/**
 * The check of a program that has just arrived, by a warm checker, with the same verdict as the cold check that
 * took `coldMs`: what the engine's verification waits for once Claude Code has written the program.
 */
async function checkOnArrival(
  language: LanguageSupport,
  program: RunnerFile,
  module: ToolModule,
  context: LanguageContext,
  cold: { verdict: unknown; ms: number },
): Promise<{ cold_ms: number; warm_ms: number }> {
  const arrived = performance.now();
  const warm = await language.check(program.path, module, context, program.regions);
  const warmMs = performance.now() - arrived;
  if (JSON.stringify(warm) !== JSON.stringify(cold.verdict))
    throw new Error(`#14: the warm check found ${JSON.stringify(warm)}, the cold one ${JSON.stringify(cold.verdict)}`);
  return { cold_ms: cold.ms, warm_ms: warmMs };
}

/** Times the language's check of the program: once cold, once by a warm checker that has loaded the generated runner. */
async function checkAfterArrival({ module, generated, todo, program }: WrittenProgram, context: LanguageContext) {
  const started = performance.now();
  const cold = await pythonLanguage.check(program.path, module, context, program.regions);
  const coldMs = performance.now() - started;
  const warmChecker = await pythonLanguage.startWarmChecker!(generated, program.path, module, context);
  try {
    const warmContext = { ...context, warmChecker };
    // Claude Code's session: the server analyses the generated runner, here until it has answered for it.
    await pythonLanguage.check(todo.path, module, warmContext, todo.regions);
    return await checkOnArrival(pythonLanguage, program, module, warmContext, { verdict: cold, ms: coldMs });
  } finally {
    await warmChecker.close();
  }
}

/** #14 after arrival, TypeScript: the triage example's program checked by the compiler kept warm against a cold check. */
async function typescriptAfterArrivalRow(options: SuiteOptions): Promise<{ row: Row; timed: { cold_ms: number; warm_ms: number }[] }> {
  const context: LanguageContext = {
    repoRoot: REPO_ROOT,
    toolchain: { executable: process.execPath },
    env: programEnvironment(process.env),
  };
  const module = await typescriptLanguage.extract(await locateToolsModule(TYPESCRIPT_PROGRAM.tools, REPO_ROOT), context);
  const generated = typescriptLanguage.renderRunner(module, TYPESCRIPT_PROGRAM.task);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'codemode-bench-check-'));
  try {
    for (const file of generated.support_files ?? []) await writeFile(path.join(folder, file.name), file.text);
    const program = await runnerFile(generated, folder, generated.file_name, implementMain(generated.text, TYPESCRIPT_PROGRAM.body));
    const timed = await repeat(options.runs, async () => {
      const started = performance.now();
      const cold = await typescriptLanguage.check(program.path, module, context, program.regions);
      const coldMs = performance.now() - started;
      // Claude Code's session: the compiler loads and checks the generated runner.
      const warmChecker = await typescriptLanguage.startWarmChecker!(generated, program.path, module, context);
      try {
        return await checkOnArrival(typescriptLanguage, program, module, { ...context, warmChecker }, { verdict: cold, ms: coldMs });
      } finally {
        await warmChecker.close();
      }
    });
    const warm = timed.map((run) => run.warm_ms);
    const cold = median(timed.map((run) => run.cold_ms));
    const ratio = median(warm) / cold;
    options.log(`#14 typescript: check after arrival ${Math.round(median(warm))} ms warm, ${Math.round(cold)} ms cold`);
    return {
      timed,
      row: {
        id: '14',
        what: `check of a TypeScript program from its arrival to the verdict, the compiler kept warm (${TYPESCRIPT_PROGRAM.tools})`,
        unit: 'ms',
        figure: summarize(warm),
        baseline: `a cold check of the same file: ${Math.round(cold)} ms`,
        goal: '≤ 25% of the cold check',
        met: ratio <= 0.25,
        note: `${Math.round(ratio * 100)}% of the cold check (a new program, the compiler already loaded); both are the language's check with the compiler API, same result`,
      },
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** #14 after arrival: per program, the check of the program by a warm checker against a cold check, alternating. */
async function afterArrivalRows(options: SuiteOptions, python: string): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  const context: LanguageContext = {
    repoRoot: REPO_ROOT,
    toolchain: { executable: python },
    env: programEnvironment(process.env),
    typeChecker: { mode: 'basic', path: path.join(REPO_ROOT, 'node_modules', 'pyright', 'index.js') },
  };
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  for (const name of Object.keys(PROGRAMS) as Program[]) {
    const written = await writeProgram(name, context);
    const timed = await repeat(options.runs, () => checkAfterArrival(written, context));
    const warm = timed.map((run) => run.warm_ms);
    const cold = median(timed.map((run) => run.cold_ms));
    const ratio = median(warm) / cold;
    details[`after_arrival_${name}`] = timed;
    options.log(`#14 ${name}: check after arrival ${Math.round(median(warm))} ms warm, ${Math.round(cold)} ms cold`);
    rows.push({
      id: '14',
      what: `check of a Python program from its arrival to the verdict, pyright kept warm (${PROGRAMS[name].tools})`,
      unit: 'ms',
      figure: summarize(warm),
      baseline: `a cold check of the same file: ${Math.round(cold)} ms`,
      goal: '≤ 25% of the cold check',
      met: ratio <= 0.25,
      note: `${Math.round(ratio * 100)}% of the cold check; both are check.py with pyright (the pyright pinned in node_modules), same result`,
    });
  }
  const typescript = await typescriptAfterArrivalRow(options);
  rows.push(typescript.row);
  details.after_arrival_typescript = typescript.timed;
  return { rows, details };
}

export async function pythonCheckSuite(options: SuiteOptions): Promise<SuiteResult> {
  const machine: Machine = {
    npmCache: (await execa('npm', ['config', 'get', 'cache'])).stdout.trim(),
    python: (await execa('python3', ['-c', 'import sys; print(sys.executable)'])).stdout.trim(),
  };
  const warmHome = await mkdtemp(path.join(os.tmpdir(), 'codemode-bench-home-'));
  const homes = [warmHome];
  try {
    const { rows, details } = await afterArrivalRows(options, machine.python);
    const cold = options.quick
      ? null
      : await repeat(Math.min(options.runs, 3), async () => {
          const home = await mkdtemp(path.join(os.tmpdir(), 'codemode-bench-home-'));
          homes.push(home);
          return cliRun('weather', 'basic', home, machine);
        });
    // The warm runs' cache: one install, made before they are timed.
    await cliRun('weather', 'basic', warmHome, machine);
    for (const program of Object.keys(PROGRAMS) as Program[]) {
      const pairs = await repeat(options.runs, async () => ({
        off: (await cliRun(program, 'off', warmHome, machine)).result,
        basic: (await cliRun(program, 'basic', warmHome, machine)).result,
      }));
      const added = pairs.map(({ off, basic }) => basic.timings.verify_ms - off.timings.verify_ms);
      const offVerify = median(pairs.map(({ off }) => off.timings.verify_ms));
      const waited = pairs.map(({ basic }) => basic.timings.type_checker_ms);
      details[`warm_${program}`] = {
        added_verify_ms: added,
        waited_ms: waited,
        pairs: pairs.map(({ off, basic }) => ({ off: off.timings, basic: basic.timings })),
      };
      options.log(`#14 ${program}: pyright adds ${Math.round(median(added))} ms to verification, waits ${Math.round(median(waited))} ms`);
      rows.push({
        id: '14',
        what: `pyright check of a Python program, warm (${PROGRAMS[program].tools})`,
        unit: 'ms',
        figure: summarize(added),
        baseline: `verification with check off: ${Math.round(offVerify)} ms`,
        goal: '—',
        met: null,
        note: `timings.verify_ms with --check basic minus with --check off, pyright in the tool cache and kept warm; waiting for it (timings.type_checker_ms): ${Math.round(median(waited))} ms`,
      });
    }
    if (cold === null) {
      rows.push({
        id: '14',
        what: `first install of pyright ${PYRIGHT_VERSION}, overlapped with the Claude Code session`,
        unit: 'ms',
        figure: null,
        baseline: 'the install time',
        goal: '—',
        met: null,
        note: 'skipped in quick mode: needs the npm registry',
      });
      return { rows, details };
    }
    const installs = cold.map((run) => run.installed_ms ?? Number.NaN);
    const waits = cold.map((run) => run.result.timings.type_checker_ms);
    const sessions = cold.map((run) => run.result.timings.claude_ms);
    details.cold = { install_ms: installs, waited_ms: waits, claude_ms: sessions, timings: cold.map((run) => run.result.timings) };
    options.log(
      `#14 cold: install ${Math.round(median(installs))} ms, session ${Math.round(median(sessions))} ms, waited ${Math.round(median(waits))} ms`,
    );
    rows.push({
      id: '14',
      what: `wall time a first pyright install adds after the Claude Code session (empty tool cache)`,
      unit: 'ms',
      figure: summarize(waits),
      baseline: `pyright install: ${(median(installs) / 1000).toFixed(1)} s; Claude Code session: ${(median(sessions) / 1000).toFixed(1)} s`,
      goal: '—',
      met: null,
      note: `${Math.round((1 - Math.max(0, median(waits)) / median(installs)) * 100)}% of the install overlapped the session (weather example, scripted model, warm npm cache)`,
    });
    return { rows, details };
  } finally {
    await Promise.all(homes.map((home) => rm(home, { recursive: true, force: true })));
  }
}
