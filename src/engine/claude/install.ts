/**
 * Finds or installs the pinned Claude Code version. Installs go to `<cacheDir>/<version>`, built in a
 * private temporary directory and renamed into place, so concurrent runs never see half an install.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { CodeModeError, environmentError, errorMessage, usageError } from '../errors.js';
import { lastLine } from '../../format.js';

export interface EnsureClaudeCodeOptions {
  /** An explicit binary (config `claude_code_path`); used as is. */
  path?: string;
  version: string;
  cacheDir: string;
  env: NodeJS.ProcessEnv;
  timeoutMs?: number;
  retries?: number;
  signal?: AbortSignal;
}

export interface ClaudeCodeInstall {
  path: string;
  version: string;
  /** True when this call downloaded it. */
  installed: boolean;
  duration_ms: number;
}

const CLAUDE_CODE_PACKAGE = '@anthropic-ai/claude-code';
const DEFAULT_INSTALL_TIMEOUT_MS = 300_000;
const DEFAULT_INSTALL_RETRIES = 2;
const VERSION_TIMEOUT_MS = 30_000;

async function isExecutable(file: string): Promise<boolean> {
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/**
 * The binary inside an npm prefix. The platform package holds the native binary; the main package's
 * `bin/claude.exe` is only a copy of it when npm ran the package's install script.
 */
export async function binaryInPrefix(prefix: string): Promise<string | null> {
  const scope = path.join(prefix, 'node_modules', '@anthropic-ai');
  const entries = await readdir(scope).catch(() => [] as string[]);
  const platformBinaries = entries
    .filter((name) => name.startsWith('claude-code-'))
    .flatMap((name) => ['claude', 'claude.exe'].map((file) => path.join(scope, name, file)));
  for (const candidate of [...platformBinaries, path.join(scope, 'claude-code', 'bin', 'claude.exe')]) {
    if (await isExecutable(candidate)) return candidate;
  }
  return null;
}

/** The version a Claude Code binary reports, e.g. `2.1.330` from `2.1.330 (Claude Code)`. */
export function parseVersionOutput(output: string): string | null {
  return /\d+\.\d+\.\d+(?:[-+][\w.]+)?/.exec(output)?.[0] ?? null;
}

async function reportedVersion(binary: string, env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<string> {
  const result = await execa(binary, ['--version'], {
    env,
    extendEnv: false,
    stdin: 'ignore',
    reject: false,
    timeout: VERSION_TIMEOUT_MS,
    cancelSignal: signal,
  });
  const version = result.exitCode === 0 ? parseVersionOutput(result.stdout) : null;
  if (!version) {
    const reason = lastLine(result.stderr) || (result.shortMessage ?? 'its output holds no version number');
    throw environmentError(`Claude Code at ${binary} did not report its version: ${reason}`);
  }
  return version;
}

async function explicitBinary(
  binary: string,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
): Promise<Omit<ClaudeCodeInstall, 'duration_ms'>> {
  const resolved = path.resolve(binary);
  if (!(await isExecutable(resolved))) throw usageError(`Claude Code not found at ${binary} (claude_code_path)`);
  return { path: resolved, version: await reportedVersion(resolved, env, signal), installed: false };
}

async function binaryOnPath(version: string, env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<string | null> {
  const directories = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const directory of directories) {
    const candidate = path.join(directory, 'claude');
    if (!(await isExecutable(candidate))) continue;
    const found = await reportedVersion(candidate, env, signal).catch(() => null);
    if (found === version) return candidate;
  }
  return null;
}

const NPM_ERROR_METADATA = /^(code|syscall|errno|path|dest|A complete log|Log files were not written)\b/;

/** npm's first `npm error` line that states the cause (e.g. `notarget No matching version found for ...`). */
export function npmErrorLine(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const errors = lines.filter((line) => line.startsWith('npm error')).map((line) => line.replace(/^npm error\s*/, ''));
  return errors.find((line) => line && !NPM_ERROR_METADATA.test(line)) ?? errors[0] ?? lines.at(-1) ?? 'npm printed nothing';
}

const isPermanentNpmFailure = (stderr: string) => /\b(E404|ETARGET|notarget|EACCES|EPERM)\b/.test(stderr);

async function npmInstall(prefix: string, spec: string, options: EnsureClaudeCodeOptions): Promise<void> {
  const retries = options.retries ?? DEFAULT_INSTALL_RETRIES;
  const args = ['install', '--no-save', '--no-audit', '--no-fund', '--no-package-lock', '--prefix', prefix, spec];
  for (let attempt = 0; ; attempt += 1) {
    const result = await execa('npm', args, {
      env: options.env,
      extendEnv: false,
      stdin: 'ignore',
      reject: false,
      timeout: options.timeoutMs ?? DEFAULT_INSTALL_TIMEOUT_MS,
      cancelSignal: options.signal,
    });
    if (result.exitCode === 0) return;
    if ((result.cause as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
      throw environmentError(`Cannot install Claude Code: npm not found on PATH (set claude_code_path to use an existing binary)`);
    }
    const { stderr } = result;
    const reason = result.timedOut
      ? `timed out after ${Math.round((options.timeoutMs ?? DEFAULT_INSTALL_TIMEOUT_MS) / 1000)} s`
      : result.isCanceled
        ? 'cancelled'
        : npmErrorLine(stderr);
    if (result.isCanceled || attempt >= retries || isPermanentNpmFailure(stderr)) {
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

async function installIntoCache(options: EnsureClaudeCodeOptions): Promise<string> {
  const final = path.join(options.cacheDir, options.version);
  const temporary = `${final}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const spec = `${CLAUDE_CODE_PACKAGE}@${options.version}`;
  await mkdir(temporary, { recursive: true });
  try {
    await npmInstall(temporary, spec, options);
    const binary = await binaryInPrefix(temporary);
    if (!binary) throw environmentError(`npm install ${spec} produced no claude binary in ${temporary}`);
    const found = await reportedVersion(binary, options.env, options.signal);
    if (found !== options.version) {
      throw environmentError(`Claude Code installed from npm reports version ${found}, expected ${options.version}`);
    }
    await moveIntoPlace(temporary, final);
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
  const binary = await binaryInPrefix(final);
  if (!binary) throw environmentError(`Claude Code cache ${final} holds no claude binary`);
  return binary;
}

/**
 * The Claude Code binary to run: the explicit path, else the cached pinned version (checked without
 * spawning anything), else a `claude` on PATH reporting exactly the pinned version, else a fresh install.
 */
export async function ensureClaudeCode(options: EnsureClaudeCodeOptions): Promise<ClaudeCodeInstall> {
  const started = performance.now();
  const finish = (found: Omit<ClaudeCodeInstall, 'duration_ms'>): ClaudeCodeInstall => ({
    ...found,
    duration_ms: Math.round(performance.now() - started),
  });
  if (options.path) return finish(await explicitBinary(options.path, options.env, options.signal));
  const cached = await binaryInPrefix(path.join(options.cacheDir, options.version));
  if (cached) return finish({ path: cached, version: options.version, installed: false });
  const onPath = await binaryOnPath(options.version, options.env, options.signal);
  if (onPath) return finish({ path: onPath, version: options.version, installed: false });
  try {
    return finish({ path: await installIntoCache(options), version: options.version, installed: true });
  } catch (error) {
    if (error instanceof CodeModeError) throw error;
    throw environmentError(`Cannot install Claude Code ${options.version}: ${errorMessage(error)}`);
  }
}
