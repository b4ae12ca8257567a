import { readFile } from 'node:fs/promises';

import * as core from '@actions/core';

import { runProcessTree } from '../engine/process.js';
import { ensurePackages, SANDBOX_REQUIREMENTS } from '../system-packages.js';

const USERNS_RESTRICTION = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';

/**
 * GitHub-hosted Ubuntu runners lack bubblewrap (and libseccomp's Python binding, which the sandbox's filter is built with) and restrict unprivileged user namespaces through AppArmor.
 * There the job owns the machine and has passwordless sudo, so the action installs bubblewrap and lifts the
 * restriction; anywhere else it changes nothing and the engine's probe says what is missing.
 */
export async function prepareHostedRunnerSandbox(env: NodeJS.ProcessEnv, signal: AbortSignal): Promise<void> {
  if (process.platform !== 'linux' || env.RUNNER_ENVIRONMENT !== 'github-hosted') return;
  await ensurePackages(SANDBOX_REQUIREMENTS, { env, log: (line) => core.info(line), signal });
  const restricted = (await readFile(USERNS_RESTRICTION, 'utf8').catch(() => '0')).trim() === '1';
  if (restricted) {
    core.info('Allowing unprivileged user namespaces for the sandbox');
    await runProcessTree('sudo', ['-n', 'sysctl', '-w', 'kernel.apparmor_restrict_unprivileged_userns=0'], { env, signal });
  }
}
