/**
 * The program's seccomp filter, built with libseccomp (through the distribution's python3-seccomp) by a
 * launcher the sandbox runs before the program: bubblewrap's own `--seccomp FD` fails with EINVAL wherever it
 * makes a user namespace (bubblewrap 0.8), which is always as a non-root user.
 */
import { fileURLToPath } from 'node:url';

import { bubblewrapSupports } from './bubblewrap.js';
import type { ProgramLimits } from './limits.js';

/** The distribution's Python, where python3-seccomp installs libseccomp's binding. */
export const SYSTEM_PYTHON = '/usr/bin/python3';

/** In the bundle the runtime files sit in dist/runtime/, beside the chunk that holds this module. */
export const SANDBOX_LAUNCHER = fileURLToPath(new URL('./runtime/_codemode_sandbox.py', import.meta.url));

/**
 * The command that closes every descriptor but stdio and `channelFd`, sets the program's `limits` (processes and
 * memory; /tmp's size is bubblewrap's), installs the filter, then runs `command`.
 */
export function filteredCommand(command: { file: string; args: string[] }, channelFd: number, limits?: ProgramLimits): string[] {
  const limitArgs = limits ? ['--max-processes', String(limits.processes), '--max-memory', String(limits.memoryBytes)] : [];
  return [SYSTEM_PYTHON, '-I', SANDBOX_LAUNCHER, '--keep-fd', String(channelFd), ...limitArgs, command.file, ...command.args];
}

/** The command that runs `command` (the tool host, which starts the sandbox) with only stdio and `channelFd` open. */
export function onlyStdioCommand(command: { file: string; args: string[] }, channelFd: number): { file: string; args: string[] } {
  return {
    file: SYSTEM_PYTHON,
    args: ['-I', SANDBOX_LAUNCHER, '--keep-fd', String(channelFd), '--no-filter', command.file, ...command.args],
  };
}

/** How the launcher ends when it cannot install the filter. */
const LAUNCHER_FAILED = 125;

/** Whether a sandbox failed because the filter could not be installed: the launcher said so, or bubblewrap found no Python to run it. */
export function launcherFailed(exitCode: number | null | undefined, stderr: string): boolean {
  return exitCode === LAUNCHER_FAILED || stderr.includes(`execvp ${SYSTEM_PYTHON}`);
}

/** `--disable-userns` (bubblewrap 0.8 and later), which needs a user namespace of the sandbox's own; nothing before 0.8. */
export function disableUserNamespaces(): string[] {
  return bubblewrapSupports('--disable-userns') ? ['--unshare-user', '--disable-userns'] : [];
}
