import { execa } from 'execa';
import { describe, expect, it } from 'vitest';

import { SANDBOX_LAUNCHER, SYSTEM_PYTHON } from '../../src/engine/sandbox/seccomp.js';

const USAGE = 'usage: _codemode_sandbox.py --keep-fd FD [--no-filter] [--max-processes N] [--max-memory BYTES] <program> [args...]';

async function launch(args: string[]) {
  return execa(SYSTEM_PYTHON, ['-I', SANDBOX_LAUNCHER, ...args], { reject: false });
}

describe('the sandbox launcher', () => {
  it('runs the program after its options, with the program’s own options left to it', async () => {
    const run = await launch(['--keep-fd', '3', '--no-filter', '--max-processes', '64', '/bin/echo', '--keep-fd', 'x']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe('--keep-fd x');
  });

  it.each([
    [['--keep-fd', '3', '--max-memory', 'lots', '/bin/true'], 'cannot read the option --max-memory'],
    [['--keep-fd', '3', '--filter', '/bin/true'], 'cannot read the option --filter'],
    [['--keep-fd'], 'cannot read the option --keep-fd'],
    [['--no-filter', '/bin/true'], '--keep-fd and a program are required'],
    [['--keep-fd', '3'], '--keep-fd and a program are required'],
  ])('refuses %j and runs nothing', async (args, problem) => {
    const run = await launch(args);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe(`${USAGE}\ncodemode sandbox: ${problem}`);
  });
});
