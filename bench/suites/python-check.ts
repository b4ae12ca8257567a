/**
 * #14 the type check of Python programs with pyright: whole runs of the committed CLI bundle (real Claude Code,
 * the scripted model, python3) with `--check basic` against `--check off`. Warm: pyright already in the tool
 * cache; what it adds is the difference in `timings.verify_ms`. Cold: an empty tool cache, so pyright is installed
 * from npm while Claude Code works; what the run waits for it after the session is the difference in
 * `timings.install_ms` (the engine times that wait as install), and the rest of the install overlapped the
 * session. Cold runs need the npm registry (full mode only).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { execa } from 'execa';

import { PYRIGHT_VERSION } from '../../src/engine/python/pyright.js';
import type { CodeModeResult } from '../../src/engine/types.js';
import { editRunnerScript, fakeAnthropicEnvironment, replaceMain, startFakeAnthropic } from '../../testing/fakes/anthropic.js';
import { PYTHON_MAINS } from '../../testing/mains/python.js';
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

export async function pythonCheckSuite(options: SuiteOptions): Promise<SuiteResult> {
  const machine: Machine = {
    npmCache: (await execa('npm', ['config', 'get', 'cache'])).stdout.trim(),
    python: (await execa('python3', ['-c', 'import sys; print(sys.executable)'])).stdout.trim(),
  };
  const warmHome = await mkdtemp(path.join(os.tmpdir(), 'codemode-bench-home-'));
  const homes = [warmHome];
  try {
    const rows: Row[] = [];
    const details: Record<string, unknown> = {};
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
      const waited = pairs.map(({ off, basic }) => basic.timings.install_ms - off.timings.install_ms);
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
        note: `timings.verify_ms with --check basic minus with --check off, pyright in the tool cache; waiting for it: ${Math.round(median(waited))} ms`,
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
    const off = (details.warm_weather as { pairs: { off: CodeModeResult['timings'] }[] }).pairs.map((pair) => pair.off.install_ms);
    const installs = cold.map((run) => run.installed_ms ?? Number.NaN);
    const waits = cold.map((run) => run.result.timings.install_ms - median(off));
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
