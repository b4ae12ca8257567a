import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

import { lastLine } from '../format.js';
import { environmentError } from './errors.js';
import { runProcessTree } from './process.js';
import { type ProgramLimits, tmpfsSize } from './sandbox/limits.js';
import { findRepositorySecrets } from './sandbox/repository.js';
import { disableUserNamespaces, filteredCommand, launcherFailed, SANDBOX_LAUNCHER } from './sandbox/seccomp.js';

/** The descriptor the program's channel to the tool host has (docs/tool-host.md). */
export const CHANNEL_FD = 3;

/** Where the program runs and what it must and must not see. */
export interface SandboxLayout {
  repoRoot: string;
  /** Folders hidden behind an empty tmpfs, such as $HOME and RUNNER_TEMP. */
  hidden: string[];
  /** Paths made readable again inside hidden folders, such as an interpreter under $HOME; the repository is always. */
  readable: string[];
  /** The run's workspace: hidden, wherever it is, but for `workspaceFiles`. */
  workspace: string;
  /** The runner's own files and folders in the workspace, readable. */
  workspaceFiles: string[];
}

/** The program's fresh, writable scratch space. */
const SCRATCH = '/tmp';

const SANDBOX_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The program's whole environment in the sandbox: made from nothing, never from the job's. */
export function sandboxEnvironment(interpreterEnv: Record<string, string>): Record<string, string> {
  return {
    PATH: SANDBOX_PATH,
    LANG: 'C.UTF-8',
    HOME: '/tmp',
    TMPDIR: '/tmp',
    ...interpreterEnv,
    CODEMODE_CHANNEL_FD: String(CHANNEL_FD),
  };
}

/** Its own user, pid, network, ipc, uts and cgroup namespaces; no capabilities; gone with its parent. */
const ISOLATION = ['--unshare-all', '--die-with-parent', '--new-session', '--cap-drop', 'ALL'];

/**
 * A read-only root with a fresh read-only /dev, /proc, and a private writable /tmp and /dev/shm, each at most
 * `tmpBytes` where given (else half the memory, the kernel's default).
 */
function baseFilesystem(tmpBytes?: number): string[] {
  const size = tmpBytes === undefined ? [] : tmpfsSize(tmpBytes);
  return [
    '--ro-bind',
    '/',
    '/',
    '--dev',
    '/dev',
    '--remount-ro',
    '/dev',
    ...size,
    '--tmpfs',
    '/dev/shm',
    '--proc',
    '/proc',
    ...size,
    '--tmpfs',
    SCRATCH,
  ];
}

/** The argv that starts `command` under bubblewrap with `env` as its whole environment, within `limits`. */
export function sandboxedArgv(
  command: { file: string; args: string[] },
  env: Record<string, string>,
  layout: SandboxLayout,
  limits: ProgramLimits,
): string[] {
  const hidden = hiddenFolders(layout);
  const repository = findRepositorySecrets(layout.repoRoot, [...hidden, layout.workspace]);
  const mounts = [
    ...outerFirst([
      ...hidden.map((folder) => ({ folder, mount: hide([folder]) })),
      ...[...new Set([...layout.readable, layout.repoRoot])].map((folder) => ({ folder, mount: readOnly([folder]) })),
    ]),
    ...hide([layout.workspace]),
    ...readOnly(layout.workspaceFiles),
    ...hide(repository.gitFolders),
    ...repository.files.flatMap((file) => ['--ro-bind', '/dev/null', file]),
    ...readOnly([SANDBOX_LAUNCHER]),
    // Last, once everything inside them is mounted: the hiding tmpfs are read-only too.
    ...[...hidden, layout.workspace, ...repository.gitFolders].filter(isDirectory).flatMap((folder) => ['--remount-ro', folder]),
  ];
  const environment = ['--clearenv', ...Object.entries(env).flatMap(([name, value]) => ['--setenv', name, value])];
  return [
    'bwrap',
    ...ISOLATION,
    ...disableUserNamespaces(),
    ...baseFilesystem(limits.tmpBytes),
    ...mounts,
    ...environment,
    '--chdir',
    layout.repoRoot,
    '--',
    ...filteredCommand(command, CHANNEL_FD, limits),
  ];
}

/**
 * The existing folders to hide but the workspace, which is mounted apart; never `/` or a folder holding /tmp,
 * which stays the program's scratch space whatever lies around it.
 */
function hiddenFolders(layout: SandboxLayout): string[] {
  return [...new Set(layout.hidden)].filter((folder) => folder !== layout.workspace && !isWithin(SCRATCH, folder) && isDirectory(folder));
}

function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(path.resolve(outer), path.resolve(inner));
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Mount order matters: a later mount covers an earlier one. Outer folders first, so a readable path inside a
 * hidden folder (the repository in $HOME) and a hidden folder inside a readable one (RUNNER_TEMP in the
 * repository) both stay as meant; at the same path the hide comes first.
 */
function outerFirst(mounts: { folder: string; mount: string[] }[]): string[] {
  const depth = (folder: string) => path.resolve(folder).split(path.sep).length;
  return [...mounts].sort((a, b) => depth(a.folder) - depth(b.folder)).flatMap((entry) => entry.mount);
}

const hide = (folders: string[]) => folders.flatMap((folder) => ['--tmpfs', folder]);
const readOnly = (entries: string[]) => entries.filter((entry) => existsSync(entry)).flatMap((entry) => ['--ro-bind', entry, entry]);

function isDirectory(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

const OFF_CONSEQUENCE = "or set sandbox: off to run the program unsandboxed, with the job's files, network and processes in reach";

/**
 * Starts a throwaway sandbox the way programs will be started, so that a machine where none can start fails
 * before any model request, with the cause and the fix in one line.
 */
export async function probeSandbox(signal?: AbortSignal): Promise<void> {
  if (process.platform !== 'linux') {
    throw environmentError(`The sandbox needs Linux (bubblewrap); this is ${process.platform}: run on a Linux runner, ${OFF_CONSEQUENCE}`);
  }
  const launcher = ['--ro-bind', SANDBOX_LAUNCHER, SANDBOX_LAUNCHER];
  const probe = await runProcessTree(
    'bwrap',
    [...ISOLATION, ...baseFilesystem(), ...launcher, '--clearenv', '--', ...filteredCommand({ file: '/bin/true', args: [] }, CHANNEL_FD)],
    { env: process.env, signal },
  );
  if (probe.exitCode === 0) return;
  if (probe.spawnError?.code === 'ENOENT') {
    throw environmentError(`bubblewrap (bwrap) is not installed: install it (apt-get install bubblewrap), ${OFF_CONSEQUENCE}`);
  }
  const reason = lastLine(probe.stderr) || `exit code ${probe.exitCode ?? 'unknown'}`;
  if (launcherFailed(probe.exitCode, probe.stderr)) {
    throw environmentError(
      `the sandbox cannot install its seccomp filter (${reason}): install python3 and python3-seccomp (apt-get install python3-seccomp), ${OFF_CONSEQUENCE}`,
    );
  }
  throw environmentError(
    `bubblewrap cannot start a sandbox here (${reason}): allow unprivileged user namespaces (sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0), ${OFF_CONSEQUENCE}`,
  );
}
