import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { execa } from 'execa';

const USERNS_RESTRICTION = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';

/**
 * GitHub-hosted Ubuntu runners lack bubblewrap (and libseccomp's Python binding, which the sandbox's filter is built with) and restrict unprivileged user namespaces through AppArmor.
 * There the job owns the machine and has passwordless sudo, so the action installs bubblewrap and lifts the
 * restriction; anywhere else it changes nothing and the engine's probe says what is missing.
 */
export async function prepareHostedRunnerSandbox(env: NodeJS.ProcessEnv, signal: AbortSignal): Promise<void> {
  if (process.platform !== 'linux' || env.RUNNER_ENVIRONMENT !== 'github-hosted') return;
  const sudo = (args: string[]) =>
    execa('sudo', ['-n', ...args], {
      reject: false,
      stdin: 'ignore',
      cancelSignal: signal,
      env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  const missing = [
    ...((await execa('bwrap', ['--version'], { reject: false, cancelSignal: signal })).exitCode === 0 ? [] : ['bubblewrap']),
    ...((await execa('/usr/bin/python3', ['-c', 'import seccomp'], { reject: false, cancelSignal: signal })).exitCode === 0
      ? []
      : ['python3-seccomp']),
  ];
  if (missing.length > 0) {
    core.info(`Installing ${missing.join(' and ')} for the sandbox`);
    const install = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
    const installed = await sudo(install.split(' '));
    if (installed.exitCode !== 0) await sudo(['sh', '-c', `apt-get update && ${install}`]);
  }
  const restricted = (await readFile(USERNS_RESTRICTION, 'utf8').catch(() => '0')).trim() === '1';
  if (restricted) {
    core.info('Allowing unprivileged user namespaces for the sandbox');
    await sudo(['sysctl', '-w', 'kernel.apparmor_restrict_unprivileged_userns=0']);
  }
}
