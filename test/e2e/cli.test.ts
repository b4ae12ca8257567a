import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, realpath, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { CodeModeResult } from '../../src/engine/types.js';
import {
  editRunnerScript,
  type FakeAnthropic,
  fakeAnthropicEnvironment,
  replaceMain,
  startFakeAnthropic,
} from '../../testing/fakes/anthropic.js';
import { PYTHON_MAINS } from '../../testing/mains/python.js';
import { implementMain, TRIAGE_MAIN_BODY } from '../../testing/mains/typescript.js';
import { processesWorkingIn } from '../helpers/attacks.js';
import { recordingClaude } from '../helpers/claude.js';
import { CLAUDE_PATH, PYRIGHT_PATH, REPO_ROOT } from '../helpers/engine.js';

const TASK = 'Compare weather between San Francisco and New York';
let fake: FakeAnthropic;

beforeAll(async () => {
  fake = await startFakeAnthropic(editRunnerScript([replaceMain(PYTHON_MAINS.weather)]));
});
afterAll(() => fake.close());

/** The committed CLI bundle, run as a user runs it, from the repository root `cwd`. */
function cli(args: string[], env: Record<string, string> = {}, cwd = REPO_ROOT) {
  return execa(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), ...args], {
    cwd,
    reject: false,
    env: { ...fakeAnthropicEnvironment(fake.url), CLAUDE_CODE_MAX_RETRIES: '0', ...env },
  });
}

describe('dist/cli.js', () => {
  it('runs the weather example and prints the whole CodeModeResult with --json', async () => {
    const run = await cli(['run', '--tools', 'examples/weather/tools.py', '--task', TASK, '--json', '--claude-code-path', CLAUDE_PATH]);
    expect(run.exitCode).toBe(0);
    const result = JSON.parse(run.stdout) as { trace: { tool: string }[] };
    expect(result).toMatchObject({
      success: true,
      error: null,
      task: TASK,
      tools_module: 'examples/weather/tools.py',
      language: 'python',
      output: { difference: '13°F' },
      turns: 2,
    });
    expect(result.trace.map((call: { tool: string }) => call.tool)).toEqual(['get_weather', 'get_weather', 'calculate_temp_diff']);
    expect(run.stderr).toContain('• Verifying the generated program');
  });

  it('extracts, type-checks and runs a TypeScript tools module from the bundle', async () => {
    const typescriptFake = await startFakeAnthropic(editRunnerScript([(runner) => implementMain(runner, TRIAGE_MAIN_BODY)]));
    try {
      const run = await cli(
        [
          'run',
          '--tools',
          'examples/triage/tools.ts',
          '--task',
          'Label every open unlabelled issue',
          '--json',
          '--claude-code-path',
          CLAUDE_PATH,
        ],
        { ANTHROPIC_BASE_URL: typescriptFake.url },
      );
      expect(run.stderr).not.toContain('does not compile');
      expect(run.exitCode).toBe(0);
      const result = JSON.parse(run.stdout) as { code: string };
      expect(result).toMatchObject({ success: true, language: 'typescript', output: { task: 'Label every open unlabelled issue' } });
      expect(result.code).toContain('export async function list_issues(');
    } finally {
      await typescriptFake.close();
    }
  });

  it('prints a readable result by default', async () => {
    const run = await cli(['run', '--tools', 'examples/weather/tools.py', '--task', TASK, '--claude-code-path', CLAUDE_PATH]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('✔ Success');
    expect(run.stdout).toContain('"difference": "13°F"');
    expect(run.stdout).toContain('Tool calls (3):');
    expect(run.stdout).toMatch(
      /^Usage: 1 model request · tokens 1,000 in, 50 out, 0 cache read, 0 cache write · \$0\.0050 · 3 tool calls · \d+ B of tool results kept out of the model's context \(\d+\.\d KB given to the model\)$/m,
    );
  });

  it('stops a program past --max-tool-calls, saying which budget stopped it', async () => {
    const args = [
      'run',
      '--tools',
      'examples/weather/tools.py',
      '--task',
      TASK,
      '--claude-code-path',
      CLAUDE_PATH,
      '--max-tool-calls',
      '1',
    ];
    const run = await cli(args);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('✖ Failed (execute): The program reached max_tool_calls (1): 1 call was refused');
    expect(run.stdout).toContain('⛔ Stopped by the budget max_tool_calls: raise max_tool_calls to let such a run go further.');
    const json = await cli([...args, '--json']);
    const result = JSON.parse(json.stdout) as CodeModeResult;
    expect(result).toMatchObject({ success: false, stopped_by_budget: 'max_tool_calls', usage: { tool_calls: 2, model_requests: 1 } });
    expect(result.attempts).toHaveLength(1);
  });

  it('writes the runner and the prompt and stops before Claude with --dry-run', async () => {
    const before = fake.messageRequests().length;
    const workspace = await mkdtemp(path.join(os.tmpdir(), 'codemode-dry-'));
    const run = await cli(['run', '--tools', 'examples/weather/tools.py', '--task', TASK, '--dry-run', '--workspace', workspace]);
    expect(run.exitCode).toBe(0);
    expect(fake.messageRequests().length).toBe(before);
    const runner = await readFile(path.join(workspace, 'agentRunner.py'), 'utf8');
    expect(runner).toContain('def get_weather(city: str) -> str:');
    expect(runner).toContain(`def main(params: str = ${JSON.stringify(TASK)})`);
    expect(await readFile(path.join(workspace, 'prompt.md'), 'utf8')).toContain(`Write ${path.join(workspace, 'main.py')} (Python)`);
  });

  it('rejects a program that reads a field its type lacks before any tool runs, and repairs it (--check basic)', async () => {
    const visits = path.join(await mkdtemp(path.join(os.tmpdir(), 'codemode-visits-')), 'visits.txt');
    const body = (fields: string) => `def main(params: str = "") -> object:\n    report = forecast("Paris")\n    return {${fields}}\n`;
    const typedFake = await startFakeAnthropic(
      editRunnerScript([replaceMain(body('"humidity": report.humidity')), replaceMain(body('"spread": report.high - report.low'))]),
    );
    try {
      const run = await cli(
        [
          'run',
          '--tools',
          'test/fixtures/python/checked/results.py',
          '--task',
          'Report the forecast for Paris',
          '--json',
          '--claude-code-path',
          CLAUDE_PATH,
          '--pyright-path',
          PYRIGHT_PATH,
          '--check',
          'basic',
        ],
        { ANTHROPIC_BASE_URL: typedFake.url, VISITS_FILE: visits },
      );
      expect(run.exitCode).toBe(0);
      const result = JSON.parse(run.stdout) as CodeModeResult;
      expect(result).toMatchObject({ success: true, output: { spread: 10 } });
      expect(result.attempts.map((attempt) => [attempt.failed_phase, attempt.exit_code])).toEqual([
        ['verify', null],
        [null, 0],
      ]);
      expect(result.attempts[0]!.error).toContain('error: Cannot access attribute "humidity" for class "Forecast"');
      expect(await readFile(visits, 'utf8')).toBe('Paris\n');
      expect(result.trace.map((entry) => [entry.tool, entry.replayed])).toEqual([['forecast', false]]);
      const repair = JSON.stringify((typedFake.messageRequests().at(-1)!.json as { messages: unknown[] }).messages);
      expect(repair).toContain('Cannot access attribute \\"humidity\\" for class \\"Forecast\\"');
    } finally {
      await typedFake.close();
    }
  });

  it.each([
    [['--python', 'python3-does-not-exist'], 'codemode: Python interpreter not found: python3-does-not-exist (set config python)', 2],
    [['--claude-code-path', '/nonexistent/claude'], 'codemode: Claude Code not found at /nonexistent/claude (claude_code_path)', 2],
  ])('fails with one line for %j', async (extra, message, code) => {
    const run = await cli(['run', '--tools', 'examples/weather/tools.py', '--task', TASK, ...extra]);
    expect(run.exitCode).toBe(code);
    expect(run.stderr.split('\n')[0]).toBe(message);
  });

  it.each([
    ['test/fixtures/python/syntax_error.py', /^codemode: Syntax error in test\/fixtures\/python\/syntax_error\.py line \d+: /],
    ['test/fixtures/python/import_error.py', /^codemode: .*import_error\.py.*(ModuleNotFoundError|ImportError)/],
    ['test/fixtures/python/no_public.py', /^codemode: No public functions found in test\/fixtures\/python\/no_public\.py/],
    ['test/fixtures/python/main_tool.py', /^codemode: .*main/],
  ])('rejects %s before calling the model', async (tools, message) => {
    const before = fake.messageRequests().length;
    const run = await cli(['run', '--tools', tools, '--task', TASK, '--claude-code-path', CLAUDE_PATH]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(message);
    expect(fake.messageRequests().length).toBe(before);
  });

  it('ends the Claude Code session it started while the tools were extracted when the tools module fails', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'codemode-early-'));
    await writeFile(path.join(dir, 'tools.py'), 'import time\ntime.sleep(3)\nraise RuntimeError("the tools module broke")\n');
    const { claudePath, sessions } = recordingClaude(dir);
    const run = await cli(['run', '--tools', 'tools.py', '--task', TASK, '--claude-code-path', claudePath, '--check', 'off'], {}, dir);

    expect(run.exitCode).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(/^codemode: .*the tools module broke/);
    const [session] = sessions();
    expect(sessions()).toHaveLength(1);
    expect(await processesWorkingIn(session!.cwd)).toEqual([]);
    expect(existsSync(session!.cwd)).toBe(false);
  });

  describe('every place of the tools module and the workspace', () => {
    const LAYOUT = path.join(REPO_ROOT, 'test/fixtures/typescript/layouts');
    let layoutFake: FakeAnthropic;
    beforeAll(async () => {
      layoutFake = await startFakeAnthropic(editRunnerScript([(runner) => implementMain(runner, '  return double(21);')]));
    });
    afterAll(() => layoutFake.close());

    /** A fresh repository with the layout tools module of `extension` and the helper it imports in `folder`. */
    async function layoutRepository(folder: string, extension: string): Promise<string> {
      const repository = await realpath(await mkdtemp(path.join(os.tmpdir(), 'codemode-layout-')));
      await mkdir(path.join(repository, folder, 'helpers'), { recursive: true });
      await copyFile(path.join(LAYOUT, `tools.${extension}`), path.join(repository, folder, `tools.${extension}`));
      await copyFile(path.join(LAYOUT, 'helpers', `scale.${extension}`), path.join(repository, folder, 'helpers', `scale.${extension}`));
      return repository;
    }

    it.each([
      ['ts', '', '.ws'],
      ['ts', '', null],
      ['ts', 'src/tools', '.codemode/run'],
      ['ts', 'src/tools', null],
      ['mjs', '', '.ws'],
      ['mjs', '', null],
      ['mjs', 'lib', '.ws'],
    ])(
      'runs tools.%s in folder %j of the repository with the workspace at %j (null: the temp dir)',
      async (extension, folder, workspace) => {
        const repository = await layoutRepository(folder, extension);
        const tools = path.posix.join(folder, `tools.${extension}`);
        const run = await cli(
          [
            'run',
            '--tools',
            tools,
            '--task',
            'Double 21',
            '--json',
            '--claude-code-path',
            CLAUDE_PATH,
            ...(workspace ? ['--workspace', workspace, '--keep'] : []),
          ],
          { ANTHROPIC_BASE_URL: layoutFake.url },
          repository,
        );
        expect(run.stderr).not.toContain('does not compile');
        expect(run.exitCode).toBe(0);
        const result = JSON.parse(run.stdout) as { workspace_dir: string | null };
        expect(result).toMatchObject({ success: true, output: 42, tools_module: tools, language: 'typescript' });
        if (workspace) expect(result.workspace_dir).toBe(path.join(repository, workspace));
      },
    );

    it.each(['ts', 'mjs'])('rejects tools.%s outside the repository root before calling the model', async (extension) => {
      const outside = await layoutRepository('', extension);
      const repository = await realpath(await mkdtemp(path.join(os.tmpdir(), 'codemode-layout-root-')));
      const tools = path.relative(repository, path.join(outside, `tools.${extension}`));
      const before = layoutFake.messageRequests().length;
      const run = await cli(['run', '--tools', tools, '--task', 'Double 21', '--claude-code-path', CLAUDE_PATH], {}, repository);
      expect(run.exitCode).toBe(2);
      expect(run.stderr.split('\n')[0]).toBe(`codemode: Tools module ${tools} is outside the repository root ${repository}`);
      expect(layoutFake.messageRequests().length).toBe(before);
    });
  });
});
