import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { writeToolsModule } from '../../bench/lib/generate.js';
import { codemode } from '../../src/engine/codemode.js';
import { CLAUDE_CODE_VERSION } from '../../src/engine/config.js';
import type { ProgressEvent } from '../../src/engine/types.js';
import {
  editRunnerScript,
  fakeAnthropicEnvironment,
  hangingScript,
  type MessagesBody,
  type ModelScript,
  replaceMain,
  startFakeAnthropic,
} from '../../testing/fakes/anthropic.js';
import { processesWorkingIn } from '../helpers/attacks.js';
import { CLAUDE_PATH, recordingClaude, recordingPyright, REPO_ROOT } from '../helpers/claude.js';
import { runEngine } from '../helpers/engine.js';

const temporaryDirs: string[] = [];
afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function temporaryDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'codemode-lifecycle-'));
  temporaryDirs.push(dir);
  return dir;
}

/**
 * A PATH with python3 and an `npm` that runs `script` (and records its pid), but no `claude`: the engine
 * has to install Claude Code, and that install is whatever the script does.
 */
function pathWithFakeNpm(script: string): { PATH: string; pidFile: string } {
  const bin = temporaryDir();
  const pidFile = path.join(bin, 'npm.pid');
  writeFileSync(path.join(bin, 'npm'), `#!/bin/sh\necho $$ > ${pidFile}\n${script}\n`, { mode: 0o755 });
  const python = realpathSync(execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim());
  return { PATH: [bin, path.dirname(python), '/usr/bin', '/bin'].join(path.delimiter), pidFile };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A repository whose tools module takes `seconds` to import and then fails. */
function slowlyFailingTools(seconds: number): string {
  const root = temporaryDir();
  writeFileSync(path.join(root, 'tools.py'), `import time\ntime.sleep(${seconds})\nraise RuntimeError("the tools module broke")\n`);
  return root;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > 20_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the run lifecycle', () => {
  it('ends the speculative Claude Code install when the tools module is refused', async () => {
    const { PATH, pidFile } = pathWithFakeNpm('exec sleep 120');
    const cacheDir = temporaryDir();
    const run = codemode({
      tools: 'test/fixtures/python/syntax_error.py',
      task: 'anything',
      config: { repo_root: REPO_ROOT, cache_dir: cacheDir },
      env: { PATH, HOME: temporaryDir() },
    });
    await expect(run).rejects.toThrow(/^Syntax error in test\/fixtures\/python\/syntax_error\.py/);
    // npm started while the tools were extracted; it is gone, with its half-made install, once the run has thrown.
    expect(existsSync(pidFile)).toBe(true);
    expect(isRunning(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it('fails in the install phase when the explicit Claude Code reports no version, its early session gone', async () => {
    const bin = temporaryDir();
    const claude = path.join(bin, 'claude');
    const started = path.join(bin, 'started');
    // Not Claude Code: every start is written down, with its first argument, and says it knows no such option.
    writeFileSync(claude, `#!/bin/sh\necho "$$ $1" >> '${started}'\necho "unknown option $1" >&2\nexit 3\n`, { mode: 0o755 });
    const result = await codemode({
      tools: 'examples/weather/tools.py',
      task: 'Compare weather between San Francisco and New York',
      config: { repo_root: REPO_ROOT, cache_dir: temporaryDir(), claude_code_path: claude, check: 'off' },
      env: { PATH: process.env.PATH, HOME: temporaryDir() },
    });
    expect(result).toMatchObject({
      success: false,
      failed_phase: 'install',
      error: `Claude Code at ${claude} did not report its version: unknown option --version`,
      attempts: [],
    });
    const starts = readFileSync(started, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(' '));
    expect(starts.map(([, first]) => first).sort()).toEqual(['--version', '-p']);
    for (const [pid] of starts) expect(isRunning(Number(pid))).toBe(false);
  });

  it('reports a failed install as the install phase of the result and removes the temporary workspace', async () => {
    const { PATH } = pathWithFakeNpm(
      'echo "npm error code E404" >&2; echo "npm error 404 Not Found - GET https://registry.example/x" >&2; exit 1',
    );
    const progress: ProgressEvent[] = [];
    const result = await codemode({
      tools: 'examples/weather/tools.py',
      task: 'Compare weather between San Francisco and New York',
      config: { repo_root: REPO_ROOT, cache_dir: temporaryDir() },
      env: { PATH, HOME: temporaryDir() },
      onProgress: (event) => progress.push(event),
    });
    expect(result).toMatchObject({
      success: false,
      failed_phase: 'install',
      error: `npm install @anthropic-ai/claude-code@${CLAUDE_CODE_VERSION} failed: 404 Not Found - GET https://registry.example/x`,
      attempts: [],
      workspace_dir: null,
    });
    const written = progress.find((event) => event.message.startsWith('Wrote '))!.message;
    const workspace = path.dirname(written.replace(/^Wrote (\S+) .*$/, '$1'));
    expect(workspace.startsWith(os.tmpdir())).toBe(true);
    expect(existsSync(workspace)).toBe(false);
  });

  it(
    'starts the first session while the tools are extracted, and ends it and its workspace when the module fails',
    { timeout: 60_000 },
    async () => {
      const { claudePath, sessions } = recordingClaude(temporaryDir());
      const root = slowlyFailingTools(3);
      const run = codemode({
        tools: 'tools.py',
        task: 'anything',
        config: { repo_root: root, claude_code_path: claudePath, check: 'off' },
        env: { ...process.env, HOME: temporaryDir() },
      });
      await expect(run).rejects.toThrow(/the tools module broke/);

      const [session] = sessions();
      expect(sessions()).toHaveLength(1);
      expect(session!.args).toContain('--tools Write');
      expect(isRunning(session!.pid)).toBe(false);
      expect(await processesWorkingIn(session!.cwd)).toEqual([]);
      expect(existsSync(session!.cwd)).toBe(false);
    },
  );

  it('ends the first session when the caller cancels during the extraction', { timeout: 60_000 }, async () => {
    const { claudePath, sessions } = recordingClaude(temporaryDir());
    const root = slowlyFailingTools(10);
    const controller = new AbortController();
    const run = codemode({
      tools: 'tools.py',
      task: 'anything',
      config: { repo_root: root, claude_code_path: claudePath, check: 'off' },
      env: { ...process.env, HOME: temporaryDir() },
      signal: controller.signal,
    });
    const outcome = run.then(
      () => null,
      (error: unknown) => error,
    );
    await until(() => sessions().length === 1, 'the first session');
    controller.abort();
    await outcome;

    const [session] = sessions();
    expect(isRunning(session!.pid)).toBe(false);
    expect(await processesWorkingIn(session!.cwd)).toEqual([]);
  });

  it("launches pyright's server while the tools are extracted, and ends it when the module fails", { timeout: 60_000 }, async () => {
    const { pyrightPath, servers } = recordingPyright(temporaryDir());
    const root = slowlyFailingTools(4);
    const outcome = codemode({
      tools: 'tools.py',
      task: 'anything',
      config: { repo_root: root, claude_code_path: CLAUDE_PATH, pyright_path: pyrightPath, check: 'basic' },
      env: { ...process.env, HOME: temporaryDir() },
    }).then(
      () => null,
      (error: unknown) => error,
    );
    await until(() => servers().length === 1, "pyright's server");
    const [server] = servers();
    expect(isRunning(server!.pid)).toBe(true);
    expect(await outcome).toMatchObject({ message: expect.stringMatching(/the tools module broke/) });

    expect(servers()).toHaveLength(1);
    expect(isRunning(server!.pid)).toBe(false);
    expect(existsSync(server!.cwd)).toBe(false);
  });

  it('starts no Claude Code in a dry run', { timeout: 60_000 }, async () => {
    const { claudePath, sessions } = recordingClaude(temporaryDir());
    const result = await codemode({
      tools: 'examples/weather/tools.py',
      task: 'Compare weather between San Francisco and New York',
      config: { repo_root: REPO_ROOT, claude_code_path: claudePath, check: 'off', workspace_dir: temporaryDir() },
      env: { ...process.env, HOME: temporaryDir() },
      dryRun: true,
    });
    expect(result).toMatchObject({ success: true, attempts: [] });
    expect(sessions()).toEqual([]);
  });

  it('replaces the first session by one offering Read when the API is too large for the prompt', { timeout: 120_000 }, async () => {
    const { claudePath, sessions } = recordingClaude(temporaryDir());
    const root = temporaryDir();
    const tools = path.basename(await writeToolsModule(root, 'python', 500));
    const main = 'def main(params: str = "") -> object:\n    return fetch_order_0("42")\n';
    const fake = await startFakeAnthropic(editRunnerScript([replaceMain(main)], { readsApi: true }));
    try {
      const result = await codemode({
        tools,
        task: 'Fetch order 42 and return what the tool answers.',
        config: { repo_root: root, claude_code_path: claudePath, check: 'off', sandbox: 'off', workspace_dir: temporaryDir() },
        env: { ...process.env, HOME: temporaryDir(), ...fakeAnthropicEnvironment(fake.url), CLAUDE_CODE_MAX_RETRIES: '0' },
      });

      expect(result).toMatchObject({ success: true, error: null });
      const [first, second] = sessions();
      expect(sessions()).toHaveLength(2);
      expect(first!.args).toContain('--tools Write');
      expect(second!.args).toContain('--tools Read,Write');
      expect(isRunning(first!.pid)).toBe(false);
      const offered = (fake.messageRequests()[0]!.json as MessagesBody).tools ?? [];
      expect(
        offered
          .filter((tool) => !tool.defer_loading)
          .map((tool) => tool.name)
          .sort(),
      ).toEqual(['Read', 'Write']);
      expect(result.attempts).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });
});

const HOST_PID_TOOLS = 'test/fixtures/python/host_pid_tools.py';
const LOADED = 'the tool host loaded the tools';
const main = (body: string) => replaceMain(`def main(params: str = "") -> object:\n    ${body}\n`);

/** The pids of the tool hosts that loaded host_pid_tools.py, in the order they loaded it. */
function hostPids(pidFile: string): number[] {
  return existsSync(pidFile) ? readFileSync(pidFile, 'utf8').trim().split('\n').map(Number) : [];
}

describe('the tool host started while Claude Code writes', () => {
  it('is ended when verification fails, and nothing it did is reported', async () => {
    const pidFile = path.join(temporaryDir(), 'hosts');
    const { result } = await runEngine(
      HOST_PID_TOOLS,
      'Ping',
      editRunnerScript([main('return undefined_name')]),
      { max_attempts: 1 },
      { TEST_HOST_PIDS: pidFile },
    );
    expect(result.failed_phase).toBe('verify');
    const pids = hostPids(pidFile);
    expect(pids).toHaveLength(1);
    expect(isRunning(pids[0]!)).toBe(false);
    expect(result.execution_log).toBe('');
    expect(result.files.log).toBeUndefined();
    expect(existsSync(path.join(result.workspace_dir!, 'host-report.json'))).toBe(false);
  });

  it('is ended when the run is cancelled while Claude Code writes', async () => {
    const pidFile = path.join(temporaryDir(), 'hosts');
    const fake = await startFakeAnthropic(hangingScript());
    const cancel = new AbortController();
    try {
      const run = codemode({
        tools: HOST_PID_TOOLS,
        task: 'Ping',
        config: { repo_root: REPO_ROOT, claude_code_path: CLAUDE_PATH, workspace_dir: temporaryDir() },
        env: { ...process.env, ...fakeAnthropicEnvironment(fake.url), TEST_HOST_PIDS: pidFile },
        signal: cancel.signal,
      });
      await expect.poll(() => hostPids(pidFile).length, { timeout: 30_000 }).toBe(1);
      cancel.abort();
      const result = await run;
      expect(result.success).toBe(false);
      expect(result.execution_log).toBe('');
      expect(isRunning(hostPids(pidFile)[0]!)).toBe(false);
    } finally {
      await fake.close();
    }
  });

  it("gives each attempt a host of its own, the repair's loading while the repair is written", async () => {
    const pidFile = path.join(temporaryDir(), 'hosts');
    const { result } = await runEngine(
      HOST_PID_TOOLS,
      'Ping',
      editRunnerScript([main('return undefined_name'), main('return ping()')]),
      {},
      { TEST_HOST_PIDS: pidFile },
    );
    expect(result.error).toBeNull();
    expect(result.output).toBe('pong');
    expect(result.attempts.map((attempt) => attempt.failed_phase)).toEqual(['verify', null]);
    const pids = hostPids(pidFile);
    expect(pids).toHaveLength(2);
    expect(pids.map(isRunning)).toEqual([false, false]);
    // What the repair's host printed while it loaded is the execution's; the first host's output is nowhere.
    expect(result.execution_log.split(LOADED)).toHaveLength(2);
  });
});

const PROGRAM_START_TOOLS = 'test/fixtures/python/program_start_tools.py';

/** The pids of the programs started for runs in `workspace`: `_codemode_start.py`'s interpreter, not bubblewrap. */
async function startedPrograms(workspace: string): Promise<number[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const lines = await Promise.all(pids.map((pid) => readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')));
  return pids
    .filter((_, n) => {
      const args = lines[n]!.split('\0');
      return args[0] !== 'bwrap' && args.some((arg) => arg.endsWith('_codemode_start.py')) && args.some((arg) => arg.startsWith(workspace));
    })
    .map(Number);
}

/** Runs `work` while collecting the pids of the programs started in `workspace`, every 20 ms. */
async function watchingPrograms<T>(workspace: string, work: () => Promise<T>): Promise<{ value: T; pids: number[] }> {
  const seen = new Set<number>();
  const done = new AbortController();
  const watch = (async () => {
    while (!done.signal.aborted) {
      for (const pid of await startedPrograms(workspace)) seen.add(pid);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  try {
    return { value: await work(), pids: [...seen] };
  } finally {
    done.abort();
    await watch;
  }
}

describe('the program started with the early tool host', () => {
  it('is killed when verification fails, having run nothing of the program, and nothing it printed is reported', async () => {
    const workspace = temporaryDir();
    const { value, pids } = await watchingPrograms(workspace, () =>
      runEngine(PROGRAM_START_TOOLS, 'Ping', editRunnerScript([main('return undefined_name')]), {
        max_attempts: 1,
        workspace_dir: workspace,
      }),
    );
    expect(value.result.failed_phase).toBe('verify');
    expect(pids.length).toBeGreaterThan(0);
    expect(pids.filter(isRunning)).toEqual([]);
    expect(value.result.execution_log).toBe('');
  });

  it('is killed when the run is cancelled while Claude Code writes', async () => {
    const workspace = temporaryDir();
    const fake = await startFakeAnthropic(hangingScript());
    const cancel = new AbortController();
    try {
      const run = codemode({
        tools: PROGRAM_START_TOOLS,
        task: 'Ping',
        config: { repo_root: REPO_ROOT, claude_code_path: CLAUDE_PATH, workspace_dir: workspace },
        env: { ...process.env, ...fakeAnthropicEnvironment(fake.url) },
        signal: cancel.signal,
      });
      await expect.poll(() => startedPrograms(workspace), { timeout: 30_000 }).toHaveLength(1);
      const [pid] = await startedPrograms(workspace);
      cancel.abort();
      expect((await run).success).toBe(false);
      expect(isRunning(pid!)).toBe(false);
    } finally {
      await fake.close();
    }
  });

  it('is not started before verification when the sandbox is off, and runs once verified', async () => {
    const failing = temporaryDir();
    const refused = await watchingPrograms(failing, () =>
      runEngine(PROGRAM_START_TOOLS, 'Ping', editRunnerScript([main('return undefined_name')]), {
        max_attempts: 1,
        sandbox: 'off',
        workspace_dir: failing,
      }),
    );
    expect(refused.value.result.failed_phase).toBe('verify');
    expect(refused.pids).toEqual([]);
    const { result } = await runEngine(PROGRAM_START_TOOLS, 'Ping', editRunnerScript([main('return ping().text')]), {
      sandbox: 'off',
      workspace_dir: temporaryDir(),
    });
    expect(result.output).toBe('pong');
    expect(result.execution_log.split('agentRunner.py loaded the tools')).toHaveLength(2);
  });

  it("gives each attempt a program of its own, and runs the repair's text in the repair's", async () => {
    const workspace = temporaryDir();
    const { value, pids } = await watchingPrograms(workspace, () =>
      runEngine(PROGRAM_START_TOOLS, 'Ping', editRunnerScript([main('return undefined_name'), main('return ping().text')]), {
        workspace_dir: workspace,
      }),
    );
    const { result } = value;
    expect(result.error).toBeNull();
    expect(result.output).toBe('pong');
    expect(result.attempts.map((attempt) => attempt.failed_phase)).toEqual(['verify', null]);
    expect(pids.length).toBeGreaterThanOrEqual(2);
    expect(pids.filter(isRunning)).toEqual([]);
    // Each attempt's program loaded the tools; only the one that ran the repair is in the execution's log.
    expect(result.execution_log.split('agentRunner.py loaded the tools')).toHaveLength(2);
    expect(result.execution_log.split('host.py loaded the tools')).toHaveLength(2);
  });

  it('is replaced when a credential file appeared while Claude Code wrote, which the program then cannot read', async () => {
    const SECRET = 'appeared-during-the-session';
    const repo = temporaryDir();
    const tools = path.join(repo, 'tools.py');
    writeFileSync(tools, readFileSync(path.join(REPO_ROOT, PROGRAM_START_TOOLS)));
    const netrc = path.join(repo, '.netrc');
    const writes = editRunnerScript([
      main(`try:\n        return open(${JSON.stringify(netrc)}).read()\n    except OSError as error:\n        return type(error).__name__`),
    ]);
    const workspace = temporaryDir();
    // The file appears once the program has started with the host, as the model's turn began.
    const script: ModelScript = async (request) => {
      await expect.poll(() => startedPrograms(workspace), { timeout: 30_000 }).not.toEqual([]);
      writeFileSync(netrc, `machine github.com login x password ${SECRET}\n`);
      return writes(request);
    };
    const { value, pids } = await watchingPrograms(workspace, () =>
      runEngine(tools, 'Read it', script, { repo_root: repo, workspace_dir: workspace }),
    );

    expect(value.result.error).toBeNull();
    expect(value.result.output).toBe('PermissionError');
    expect(JSON.stringify(value.result)).not.toContain(SECRET);
    // The program started with the host while the model wrote, and the one started once the file was there.
    expect(pids.length).toBeGreaterThanOrEqual(2);
    expect(pids.filter(isRunning)).toEqual([]);
  });
});
