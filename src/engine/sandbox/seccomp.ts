/**
 * The program's seccomp filter, built with libseccomp (through the distribution's python3-seccomp) by a
 * launcher the sandbox runs before the program: bubblewrap's own `--seccomp FD` fails with EINVAL wherever it
 * makes a user namespace (bubblewrap 0.8), which is always as a non-root user.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The distribution's Python, where python3-seccomp installs libseccomp's binding. */
const SYSTEM_PYTHON = '/usr/bin/python3';

/** In the bundle the runtime files sit in dist/runtime/, beside the chunk that holds this module. */
export const SANDBOX_LAUNCHER = fileURLToPath(new URL('./runtime/_codemode_sandbox.py', import.meta.url));

/** The command that closes every descriptor but stdio and `channelFd`, installs the filter, then runs `command`. */
export function filteredCommand(command: { file: string; args: string[] }, channelFd: number): string[] {
  return [SYSTEM_PYTHON, '-I', SANDBOX_LAUNCHER, String(channelFd), command.file, ...command.args];
}

/** How the launcher ends when it cannot install the filter. */
const LAUNCHER_FAILED = 125;

/** Whether a sandbox failed because the filter could not be installed: the launcher said so, or bubblewrap found no Python to run it. */
export function launcherFailed(exitCode: number | undefined, stderr: string): boolean {
  return exitCode === LAUNCHER_FAILED || stderr.includes(`execvp ${SYSTEM_PYTHON}`);
}

let userNamespaceSwitch: string[] | undefined;

/** `--disable-userns` (bubblewrap 0.8 and later), which needs a user namespace of the sandbox's own; nothing before 0.8. */
export function disableUserNamespaces(): string[] {
  if (userNamespaceSwitch === undefined) {
    const help = spawnSync('bwrap', ['--help'], { encoding: 'utf8' });
    userNamespaceSwitch = !help.error && help.stdout.includes('--disable-userns') ? ['--unshare-user', '--disable-userns'] : [];
  }
  return userNamespaceSwitch;
}
