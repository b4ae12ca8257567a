import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { CodeModeResult } from '../../src/engine/types.js';
import { editRunnerScript, type FakeAnthropic, fakeAnthropicEnvironment, startFakeAnthropic } from '../../testing/fakes/anthropic.js';
import { implementMain } from '../../testing/mains/typescript.js';
import { CLAUDE_PATH, REPO_ROOT } from '../helpers/engine.js';

const MAIN = [
  '  const deleted: string[] = [];',
  '  for (const name of await listBranches()) deleted.push(await delete_branch(name));',
  '  return deleted;',
].join('\n');

let fake: FakeAnthropic;
let repo: string;

beforeAll(async () => {
  fake = await startFakeAnthropic(editRunnerScript([(runner) => implementMain(runner, MAIN)]));
  repo = await mkdtemp(path.join(os.tmpdir(), 'codemode-cli-approvals-'));
  await mkdir(path.join(repo, '.codemode'));
  await copyFile(path.join(REPO_ROOT, 'test/fixtures/typescript/approvals/tools.ts'), path.join(repo, 'tools.ts'));
});
afterAll(() => fake.close());

/** The built CLI with --json, run from the repository; its exit code and result. */
async function cli(args: string[]): Promise<{ code: number | undefined; result: CodeModeResult }> {
  const run = await execa(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), ...args, '--tools', 'tools.ts', '--json'], {
    cwd: repo,
    reject: false,
    env: { ...fakeAnthropicEnvironment(fake.url), CLAUDE_CODE_MAX_RETRIES: '0' },
  });
  return { code: run.exitCode, result: JSON.parse(run.stdout) as CodeModeResult };
}

const toolCalls = async () => (await readFile(path.join(repo, 'calls.log'), 'utf8').catch(() => '')).split('\n').filter(Boolean);

describe('dist/cli.js with calls that need approval', () => {
  it('stops before a marked call with exit code 3, and --resume --approve goes on from its journal without repeating a call', async () => {
    const first = await cli([
      'run',
      '--task',
      'Delete every branch',
      '--approve-tools',
      'list*',
      '--save',
      '.codemode/prune.ts',
      '--claude-code-path',
      CLAUDE_PATH,
    ]);
    expect(first.code).toBe(3);
    expect(first.result).toMatchObject({ success: false, pending_call: { call: 1, tool: 'listBranches', args: {} } });
    expect(first.result.error).toBe('Paused before call 1, listBranches(): it needs approval');
    expect(first.result.files.journal).toMatch(/call-journal\.jsonl$/);
    expect(await toolCalls()).toEqual([]);

    const program = ['--program', '.codemode/prune.ts'];
    const second = await cli(['run', ...program, '--approve-tools', 'list*', '--resume', first.result.files.journal!, '--approve', '1']);
    expect(second.code).toBe(3);
    expect(second.result.pending_call).toEqual({ call: 2, tool: 'delete_branch', args: { name: 'feature/a' } });
    expect(await toolCalls()).toEqual(['listBranches']);

    const third = await cli([
      'run',
      ...program,
      '--approve-tools',
      'list*',
      '--resume',
      second.result.files.journal!,
      '--approve',
      '2',
      '--approve-all',
    ]);
    expect(third.code).toBe(0);
    expect(third.result.output).toEqual(['deleted feature/a', 'deleted feature/b']);
    expect(third.result.trace.map((call) => [call.tool, call.replayed])).toEqual([
      ['listBranches', true],
      ['delete_branch', false],
      ['delete_branch', false],
    ]);
    expect(await toolCalls()).toEqual(['listBranches', 'delete_branch feature/a', 'delete_branch feature/b']);
  });
});
