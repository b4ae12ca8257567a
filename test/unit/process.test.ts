import { describe, expect, it } from 'vitest';

import { describeEnding, runProcessTree } from '../../src/engine/process.js';

/** Like npm installing a package: prints, starts a child that inherits its output and sleeps, and never ends itself. */
const HANGING_INSTALL = `
const { spawn } = require('node:child_process');
spawn('sleep', ['60'], { stdio: 'inherit' });
console.log('installing');
setInterval(() => {}, 1000);
`;

/** The same, but the sleeping child leaves the process group (as a daemon does) and says its pid. */
const ESCAPING_INSTALL = `
const { spawn } = require('node:child_process');
spawn('setsid', ['sh', '-c', 'echo escaped $$; exec sleep 60'], { stdio: 'inherit' });
setInterval(() => {}, 1000);
`;

/** Runs a Node.js script as a process tree, started with the given options, waiting for its first line of output. */
async function runScript(script: string, options: { timeoutMs?: number; abortAfterOutput?: boolean }) {
  const controller = new AbortController();
  let firstOutput = '';
  const started = performance.now();
  const outcome = await runProcessTree(process.execPath, ['-e', script], {
    env: process.env,
    timeoutMs: options.timeoutMs,
    signal: controller.signal,
    onOutput: (stdout, stderr) => {
      stderr.resume();
      stdout.on('data', (chunk: Buffer) => {
        firstOutput ||= chunk.toString();
        if (options.abortAfterOutput) controller.abort();
      });
    },
  });
  return { outcome, firstOutput, seconds: (performance.now() - started) / 1000 };
}

describe('runProcessTree', () => {
  it('returns at once when a process tree whose grandchild holds the output is cancelled', async () => {
    const { outcome, firstOutput, seconds } = await runScript(HANGING_INSTALL, { abortAfterOutput: true });
    expect(firstOutput).toBe('installing\n');
    expect(outcome).toMatchObject({ aborted: true, timedOut: false, exitCode: null, signal: 'SIGKILL' });
    expect(seconds).toBeLessThan(5);
    expect(describeEnding(outcome)).toBe('cancelled');
  });

  it('kills the whole tree on a timeout, and returns', async () => {
    const { outcome, seconds } = await runScript(HANGING_INSTALL, { timeoutMs: 500 });
    expect(outcome).toMatchObject({ aborted: false, timedOut: true, exitCode: null });
    expect(seconds).toBeLessThan(5);
    expect(describeEnding(outcome)).toBe('timed out');
  });

  it('does not wait for the output of a grandchild that left the process group', async () => {
    const { outcome, firstOutput, seconds } = await runScript(ESCAPING_INSTALL, { abortAfterOutput: true });
    const escaped = Number(/escaped (\d+)/.exec(firstOutput)?.[1]);
    process.kill(escaped, 'SIGKILL');
    expect(outcome.aborted).toBe(true);
    expect(seconds).toBeLessThan(5);
  });

  it('collects the output of a process that ends by itself', async () => {
    const outcome = await runProcessTree('sh', ['-c', 'echo out; echo err >&2; exit 3'], { env: process.env });
    expect(outcome).toMatchObject({ exitCode: 3, stdout: 'out', stderr: 'err', spawnError: null, timedOut: false, aborted: false });
    expect(describeEnding(outcome)).toBe('exit code 3');
  });

  it('says when the program cannot be started', async () => {
    const outcome = await runProcessTree('codemode-no-such-program', [], { env: process.env });
    expect(outcome.spawnError?.code).toBe('ENOENT');
    expect(describeEnding(outcome)).toMatch(/^could not be started: /);
  });
});
