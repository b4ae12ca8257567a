import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { execa } from 'execa';

const USERNS_RESTRICTION = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';

/**
 * GitHub-hosted Ubuntu runners lack bubblewrap and restrict unprivileged user namespaces through AppArmor.
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
  if ((await execa('bwrap', ['--version'], { reject: false, cancelSignal: signal })).exitCode !== 0) {
    core.info('Installing bubblewrap for the sandbox');
    const installed = await sudo(['apt-get', 'install', '-y', '--no-install-recommends', 'bubblewrap']);
    if (installed.exitCode !== 0) await sudo(['sh', '-c', 'apt-get update && apt-get install -y --no-install-recommends bubblewrap']);
  }
  const restricted = (await readFile(USERNS_RESTRICTION, 'utf8').catch(() => '0')).trim() === '1';
  if (restricted) {
    core.info('Allowing unprivileged user namespaces for the sandbox');
    await sudo(['sysctl', '-w', 'kernel.apparmor_restrict_unprivileged_userns=0']);
  }
}
