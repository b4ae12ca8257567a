/**
 * Installs pinned npm packages the engine runs (Claude Code, a language's type checker) into a cache, one folder per
 * package and version, built in a private temporary folder and renamed into place, so concurrent runs never see half
 * an install.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';

import { environmentError } from './errors.js';
import { runProcessTree } from './process.js';

export interface CachedPackage {
  /** How messages name it, e.g. `Claude Code`. */
  label: string;
  /** npm package name. */
  name: string;
  version: string;
  /** The config option that names an existing copy instead of an install. */
  pathOption: string;
  /** The folder the install goes to, inside the cache. */
  folder: string;
  /** The file to run in an install prefix, or null when the install holds none. */
  locate: (prefix: string) => Promise<string | null>;
  /** Throws when the freshly installed file is not the version asked for. */
  confirm: (file: string) => Promise<void>;
  env: NodeJS.ProcessEnv;
  timeoutMs?: number;
  retries?: number;
  signal?: AbortSignal;
}

/** What was found or installed. */
export interface InstalledTool {
  path: string;
  version: string;
  /** True when this call downloaded it. */
  installed: boolean;
  duration_ms: number;
}

const DEFAULT_INSTALL_TIMEOUT_MS = 300_000;
const DEFAULT_INSTALL_RETRIES = 2;

export async function isExecutable(file: string): Promise<boolean> {
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
}

const NPM_ERROR_METADATA = /^(code|syscall|errno|path|dest|A complete log|Log files were not written)\b/;

/**
 * npm's first `npm error` line that states the cause (e.g. `notarget No matching version found for ...`).
 * @internal exported for its tests
 */
export function npmErrorLine(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const errors = lines.filter((line) => line.startsWith('npm error')).map((line) => line.replace(/^npm error\s*/, ''));
  return errors.find((line) => line && !NPM_ERROR_METADATA.test(line)) ?? errors[0] ?? lines.at(-1) ?? 'npm printed nothing';
}

const isPermanentNpmFailure = (stderr: string) => /\b(E404|ETARGET|notarget|EACCES|EPERM)\b/.test(stderr);

const packageSpec = (cached: CachedPackage) => `${cached.name}@${cached.version}`;

async function npmInstall(prefix: string, cached: CachedPackage): Promise<void> {
  const retries = cached.retries ?? DEFAULT_INSTALL_RETRIES;
  const spec = packageSpec(cached);
  const args = ['install', '--no-save', '--no-audit', '--no-fund', '--no-package-lock', '--prefix', prefix, spec];
  for (let attempt = 0; ; attempt += 1) {
    const result = await runProcessTree('npm', args, {
      env: cached.env,
      timeoutMs: cached.timeoutMs ?? DEFAULT_INSTALL_TIMEOUT_MS,
      signal: cached.signal,
    });
    if (result.exitCode === 0) return;
    if (result.spawnError?.code === 'ENOENT') {
      throw environmentError(
        `Cannot install ${cached.label}: npm not found on PATH (set ${cached.pathOption} to use one already installed)`,
      );
    }
    const { stderr } = result;
    const reason = result.timedOut
      ? `timed out after ${Math.round((cached.timeoutMs ?? DEFAULT_INSTALL_TIMEOUT_MS) / 1000)} s`
      : result.aborted
        ? 'cancelled'
        : npmErrorLine(stderr);
    if (result.aborted || attempt >= retries || isPermanentNpmFailure(stderr)) {
      throw environmentError(`npm install ${spec} failed: ${reason}`);
    }
  }
}

async function moveIntoPlace(temporary: string, final: string): Promise<void> {
  try {
    await rename(temporary, final);
  } catch (error) {
    // Another run finished the same version first; its install is as good as ours.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    await rm(temporary, { recursive: true, force: true });
  }
}

/** Installs the package into its cache folder and returns the file to run there. */
export async function installIntoCache(cached: CachedPackage): Promise<string> {
  const temporary = `${cached.folder}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const spec = packageSpec(cached);
  await mkdir(temporary, { recursive: true });
  try {
    await npmInstall(temporary, cached);
    const file = await cached.locate(temporary);
    if (!file) throw environmentError(`npm install ${spec} produced no ${cached.label} in ${temporary}`);
    await cached.confirm(file);
    await moveIntoPlace(temporary, cached.folder);
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
  const file = await cached.locate(cached.folder);
  if (!file) throw environmentError(`${cached.label} cache ${cached.folder} holds no ${cached.label}`);
  return file;
}
