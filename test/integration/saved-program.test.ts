import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { runCli } from '../../src/cli/main.js';
import { codemode } from '../../src/engine/codemode.js';
import type { CodeModeResult } from '../../src/engine/types.js';
import {
  editRunnerScript,
  type FakeAnthropic,
  fakeAnthropicEnvironment,
  replaceMain,
  startFakeAnthropic,
} from '../../testing/fakes/anthropic.js';
import { PYTHON_MAINS } from '../../testing/mains/python.js';
import { CLAUDE_PATH, REPO_ROOT } from '../helpers/engine.js';

const TASK = 'Compare weather between San Francisco and New York';
const TOOLS = 'tools/weather.py';
const PROGRAM = '.codemode/weather.py';
const WEATHER_OUTPUT = {
  san_francisco: 'Weather in San Francisco: Foggy, 62°F',
  new_york: 'Weather in New York: Sunny, 75°F',
  difference: '13°F',
};

/** Every model request of the whole file goes here; a saved program must make none. */
let fake: FakeAnthropic;
let repo: string;
let cacheDir: string;

beforeAll(async () => {
  fake = await startFakeAnthropic(editRunnerScript([replaceMain(PYTHON_MAINS.weather)]));
});
afterAll(() => fake.close());

/** A repository with the weather tools and, committed beside them, the program the model wrote for them. */
beforeEach(async () => {
  repo = await mkdtemp(path.join(os.tmpdir(), 'codemode-saved-'));
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'codemode-saved-cache-'));
  await mkdir(path.join(repo, 'tools'));
  await copyFile(path.join(REPO_ROOT, 'examples/weather/tools.py'), path.join(repo, TOOLS));
  const generated = await codemode({ tools: TOOLS, task: TASK, dryRun: true, config: { repo_root: repo } });
  await mkdir(path.join(repo, '.codemode'));
  await writeFile(path.join(repo, PROGRAM), replaceMain(PYTHON_MAINS.weather)(generated.code));
});

const environment = () => ({ ...process.env, ...fakeAnthropicEnvironment(fake.url), CLAUDE_CODE_MAX_RETRIES: '0' });

function runSaved(program = PROGRAM, execute = true): Promise<CodeModeResult> {
  return codemode({ tools: TOOLS, program, execute, env: environment(), config: { repo_root: repo, cache_dir: cacheDir } });
}

async function changeTools(edit: (source: string) => string): Promise<void> {
  const file = path.join(repo, TOOLS);
  await writeFile(file, edit(await readFile(file, 'utf8')));
}

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (text: string) => out.push(text), stderr: (text: string) => err.push(text) };
  const code = await runCli([...argv, '--repo-root', repo], io, environment());
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('saved programs', () => {
  it('runs a saved program through verification and the sandbox with no model request and no Claude Code install', async () => {
    const requestsBefore = fake.messageRequests().length;
    const result = await runSaved();
    expect(result.error).toBeNull();
    expect(result).toMatchObject({
      success: true,
      output: WEATHER_OUTPUT,
      program: PROGRAM,
      drift: null,
      turns: 0,
      cost_usd: 0,
      sandboxed: true,
    });
    expect(result.trace.map((call) => call.tool)).toEqual(['get_weather', 'get_weather', 'calculate_temp_diff']);
    expect(result.code).toBe(await readFile(path.join(repo, PROGRAM), 'utf8'));
    expect(result.timings.install_ms).toBe(0);
    expect(result.task).toBe(`Run ${PROGRAM}`);
    expect(fake.messageRequests().length).toBe(requestsBefore);
    expect(await readdir(cacheDir)).toEqual([]);
  });

  it("fails before running when a tool's signature changed, naming the tool and showing the diff", async () => {
    await changeTools((source) =>
      source.replace('def get_weather(city: str) -> str:', 'def get_weather(city: str, units: str = "F") -> str:'),
    );
    const result = await runSaved();
    expect(result.success).toBe(false);
    expect(result.failed_phase).toBe('verify');
    expect(result.error).toBe(`The saved program ${PROGRAM} no longer matches the tools in ${TOOLS}: the signature of get_weather differs`);
    expect(result.drift?.tools).toEqual(['get_weather']);
    expect(result.drift?.diff).toBe(
      [
        `--- ${PROGRAM} (saved)`,
        `+++ ${TOOLS} (generated today)`,
        '@@ get_weather @@',
        '-def get_weather(city: str) -> str:',
        `-    """Get the current weather for a city, e.g. 'Weather in Paris: Sunny, 70°F'."""`,
        `-    return _codemode_call("get_weather", (), {"city": city})`,
        '+def get_weather(city: str, units: str = "F") -> str:',
        `+    """Get the current weather for a city, e.g. 'Weather in Paris: Sunny, 70°F'."""`,
        `+    return _codemode_call("get_weather", (), {"city": city, "units": units})`,
      ].join('\n'),
    );
    expect(result.trace).toEqual([]);
    expect(result.attempts).toEqual([]);
    expect(result.execution_log).toBe('');
  });

  it('with onDrift propose, has Claude Code port the program to the new signatures, verified and not run', async () => {
    await changeTools((source) => source.replace('def get_weather(city: str) -> str:', 'def get_weather(city: str, units: str) -> str:'));
    const ported = PYTHON_MAINS.weather
      .replaceAll('get_weather("San Francisco")', 'get_weather("San Francisco", "F")')
      .replaceAll('get_weather("New York")', 'get_weather("New York", "F")');
    const porter = await startFakeAnthropic(editRunnerScript([replaceMain(ported)]));
    try {
      const result = await codemode({
        tools: TOOLS,
        program: PROGRAM,
        onDrift: 'propose',
        env: { ...process.env, ...fakeAnthropicEnvironment(porter.url), CLAUDE_CODE_MAX_RETRIES: '0' },
        config: { repo_root: repo, claude_code_path: CLAUDE_PATH },
      });
      const drifted = `The saved program ${PROGRAM} no longer matches the tools in ${TOOLS}: the signature of get_weather differs`;
      expect(result).toMatchObject({
        success: false,
        failed_phase: 'verify',
        error: `${drifted}; proposed a port to today's tools`,
        trace: [],
      });
      expect(result.proposal).toContain('get_weather("New York", "F")');
      expect(result.proposal).toContain('def get_weather(city: str, units: str) -> str:');
      expect(result.execution_log).toBe('');
      const [first] = porter.messageRequests();
      expect(JSON.stringify(first!.json)).toContain('ported to its tools, which have changed since it was written');
      expect(JSON.stringify(first!.json)).toContain('+def get_weather(city: str, units: str) -> str:');
      await writeFile(path.join(repo, PROGRAM), result.proposal!);
      expect((await runSaved()).output).toEqual(WEATHER_OUTPUT);
    } finally {
      await porter.close();
    }
  });

  it('names every tool added, removed or changed, and a documentation change is a change', async () => {
    await changeTools((source) =>
      source
        .replace('def calculate_temp_diff(', 'def temperature_gap(')
        .replace('"""Get the current weather for a city', '"""Get the weather now for a city')
        .concat('\n\ndef forecast(city: str, days: int = 3) -> list[str]:\n    """Forecast."""\n    return []\n'),
    );
    const result = await runSaved();
    expect(result.error).toBe(
      `The saved program ${PROGRAM} no longer matches the tools in ${TOOLS}: the signatures of get_weather, temperature_gap, forecast, calculate_temp_diff differ`,
    );
    expect(result.drift?.diff).toContain('@@ forecast @@\n+def forecast(city: str, days: int = 3) -> list[str]:');
    expect(result.drift?.diff).toContain('@@ calculate_temp_diff @@\n-def calculate_temp_diff(temp1: str, temp2: str) -> str:');
  });

  it('still verifies the saved program: one whose main() is the generated TODO does not run', async () => {
    const generated = await codemode({ tools: TOOLS, task: TASK, dryRun: true, config: { repo_root: repo } });
    await writeFile(path.join(repo, '.codemode/todo.py'), generated.code);
    const result = await runSaved('.codemode/todo.py');
    expect(result.success).toBe(false);
    expect(result.failed_phase).toBe('verify');
    expect(result.error).toBe("main() in agentRunner.py is still the generated TODO (marker 'codemode:todo' present)");
    expect(result.trace).toEqual([]);
  });

  it('rejects a program that calls past the tools like any generated one', async () => {
    const program = await readFile(path.join(repo, PROGRAM), 'utf8');
    await writeFile(
      path.join(repo, '.codemode/bypass.py'),
      program.replace('    san_francisco = get_weather', '    import weather\n    san_francisco = get_weather'),
    );
    const result = await runSaved('.codemode/bypass.py');
    expect(result.success).toBe(false);
    expect(result.failed_phase).toBe('verify');
    expect(result.error).toBe(
      "agentRunner.py does not compile: line 30: imports the tools module 'weather' directly; call the generated wrappers so that calls are traced",
    );
    expect(result.trace).toEqual([]);
  });

  it.each([
    ['.codemode/missing.py', 'Saved program not found: .codemode/missing.py'],
    ['tools', 'Saved program is not a file: tools'],
    ['/etc/hostname', 'Saved program /etc/hostname is outside the repository root'],
    [TOOLS.replace('.py', '.txt'), 'Saved program not found: tools/weather.txt'],
  ])('refuses the saved program %s before anything runs', async (program, message) => {
    await expect(runSaved(program)).rejects.toThrow(message);
  });

  it('refuses a saved program in another language than the tools', async () => {
    await writeFile(path.join(repo, '.codemode/weather.ts'), 'export async function main() {}\n');
    await expect(runSaved('.codemode/weather.ts')).rejects.toThrow(
      `Saved program .codemode/weather.ts is not a .py file: the tools in ${TOOLS} are run by .py programs`,
    );
  });
});

describe('codemode CLI with saved programs', () => {
  it('check: exit 0 when the saved program matches the tools, without running it', async () => {
    const { code, stdout } = await cli('check', '--tools', TOOLS, '--program', PROGRAM);
    expect(code).toBe(0);
    expect(stdout).toContain(`✔ ${PROGRAM} matches the tools in ${TOOLS} and verifies`);
    expect(stdout).not.toContain('Running agentRunner.py');
  });

  it('check: exit 1 with the one-line error and the signature diff when the tools drifted', async () => {
    await changeTools((source) => source.replace('temp2: str', 'temp2: str, unit: str = "F"'));
    const { code, stdout } = await cli('check', '--tools', TOOLS, '--program', PROGRAM);
    expect(code).toBe(1);
    expect(stdout).toContain(
      `✖ The saved program ${PROGRAM} no longer matches the tools in ${TOOLS}: the signature of calculate_temp_diff differs\n\n--- ${PROGRAM} (saved)`,
    );
    expect(stdout).toContain('+def calculate_temp_diff(temp1: str, temp2: str, unit: str = "F") -> str:');
  });

  it('run --program: runs the saved program with no model request', async () => {
    const requestsBefore = fake.messageRequests().length;
    const { code, stdout } = await cli('run', '--tools', TOOLS, '--program', PROGRAM, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ success: true, output: WEATHER_OUTPUT, program: PROGRAM, turns: 0 });
    expect(fake.messageRequests().length).toBe(requestsBefore);
  });

  it('run --save: writes the program that succeeded, which then checks and runs as saved', async () => {
    const { code, stdout } = await cli(
      'run',
      '--tools',
      TOOLS,
      '--task',
      TASK,
      '--claude-code-path',
      CLAUDE_PATH,
      '--save',
      '.codemode/saved.py',
      '--json',
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout.slice(0, stdout.lastIndexOf('\n}') + 2)) as CodeModeResult;
    expect(await readFile(path.join(repo, '.codemode/saved.py'), 'utf8')).toBe(result.code);
    expect((await cli('check', '--tools', TOOLS, '--program', '.codemode/saved.py')).code).toBe(0);
    expect((await runSaved('.codemode/saved.py')).output).toEqual(WEATHER_OUTPUT);
  });

  it.each([
    [['check', '--tools', TOOLS], 'codemode: Missing --program <file>: check needs the saved program to check'],
    [
      ['check', '--tools', TOOLS, '--program', PROGRAM, '--save', 'x.py'],
      'codemode: --save needs a run that executes the program, not check',
    ],
    [
      ['run', '--tools', TOOLS, '--task', TASK, '--dry-run', '--save', 'x.py'],
      'codemode: --save needs a run that executes the program, not --dry-run',
    ],
  ])('%j exits 2 with a one-line error', async (argv, message) => {
    const { code, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(message);
  });
});
