import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';

import { runProcessTree } from './engine/process.js';

interface InstallOptions {
  env: NodeJS.ProcessEnv;
  /** Says what is being installed. */
  log: (line: string) => void;
  signal?: AbortSignal;
}

/** What decides whether this machine lets us install Debian packages without asking anyone. */
export interface InstallRights {
  platform: NodeJS.Platform;
  root: boolean;
  passwordlessSudo: boolean;
  aptGet: boolean;
}

/** How apt-get runs here with the right to install (itself as root, through `sudo -n` otherwise), or null where it cannot. */
export function aptGetCommand(rights: InstallRights): { file: string; args: string[] } | null {
  if (rights.platform !== 'linux' || !rights.aptGet) return null;
  if (rights.root) return { file: 'apt-get', args: [] };
  return rights.passwordlessSudo ? { file: 'sudo', args: ['-n', 'apt-get'] } : null;
}

/** Whether `command` names an executable file in one of the folders of PATH. */
async function onPath(command: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  for (const folder of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const found = await access(path.join(folder, command), constants.X_OK).then(
      () => true,
      () => false,
    );
    if (found) return true;
  }
  return false;
}

async function installRights(env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<InstallRights> {
  const sudo = (await onPath('sudo', env)) ? await runProcessTree('sudo', ['-n', 'true'], { env, signal }) : null;
  return {
    platform: process.platform,
    root: process.getuid?.() === 0,
    passwordlessSudo: sudo?.exitCode === 0,
    aptGet: await onPath('apt-get', env),
  };
}

/**
 * Installs Debian packages with apt-get as root or through passwordless sudo, refreshing the package lists only
 * when the install fails without. Returns false where that cannot be done, or the install failed.
 */
async function installDebianPackages(packages: string[], options: InstallOptions): Promise<boolean> {
  const aptGet = aptGetCommand(await installRights(options.env, options.signal));
  if (aptGet === null) return false;
  options.log(`Installing ${packages.join(', ')} (apt-get install ${packages.join(' ')})`);
  const run = (args: string[]) =>
    runProcessTree(aptGet.file, [...aptGet.args, ...args], {
      env: { ...options.env, DEBIAN_FRONTEND: 'noninteractive' },
      signal: options.signal,
    });
  const install = ['install', '-y', '--no-install-recommends', ...packages];
  if ((await run(install)).exitCode === 0) return true;
  if ((await run(['update'])).exitCode !== 0) return false;
  return (await run(install)).exitCode === 0;
}

/** A Debian package the sandbox needs, and how to tell it is there. */
export interface Requirement {
  debianPackage: string;
  present: (env: NodeJS.ProcessEnv, signal?: AbortSignal) => Promise<boolean>;
}

/** What the sandbox needs: bubblewrap, and libseccomp's Python binding, with which its launcher builds the filter. */
export const SANDBOX_REQUIREMENTS: readonly Requirement[] = [
  { debianPackage: 'bubblewrap', present: (env) => onPath('bwrap', env) },
  {
    debianPackage: 'python3-seccomp',
    present: async (env, signal) => (await runProcessTree('/usr/bin/python3', ['-c', 'import seccomp'], { env, signal })).exitCode === 0,
  },
];

async function missingOf(requirements: readonly Requirement[], options: InstallOptions): Promise<Requirement[]> {
  const present = await Promise.all(requirements.map((requirement) => requirement.present(options.env, options.signal)));
  return requirements.filter((_, index) => !present[index]);
}

/** The packages of `requirements` still missing after installing them where they are missing and we may. */
export async function ensurePackages(requirements: readonly Requirement[], options: InstallOptions): Promise<string[]> {
  const missing = await missingOf(requirements, options);
  if (missing.length === 0) return [];
  await installDebianPackages(
    missing.map((requirement) => requirement.debianPackage),
    options,
  );
  return (await missingOf(missing, options)).map((requirement) => requirement.debianPackage);
}
