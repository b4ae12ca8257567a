/** Finds or installs the pinned Claude Code version. Installs go to `<cacheDir>/<version>` (see npm-cache.ts). */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

import { lastLine } from '../../format.js';
import { CodeModeError, environmentError, errorMessage, usageError } from '../errors.js';
import { type InstalledTool, installIntoCache, isExecutable } from '../npm-cache.js';
import { describeEnding, runProcessTree } from '../process.js';

export interface EnsureClaudeCodeOptions {
  /** An explicit binary (config `claude_code_path`); used as is. */
  path?: string;
  version: string;
  cacheDir: string;
  env: NodeJS.ProcessEnv;
  timeoutMs?: number;
  retries?: number;
  signal?: AbortSignal;
  /**
   * Told an explicit binary's path once it is found executable, before its version is confirmed, so that its session
   * starts while it reports its version; a binary found any other way is known only once confirmed.
   */
  onLocated?: (binary: string) => void;
}

export type ClaudeCodeInstall = InstalledTool;

const CLAUDE_CODE_PACKAGE = '@anthropic-ai/claude-code';
const VERSION_TIMEOUT_MS = 30_000;

/**
 * The binary inside an npm prefix. The platform package holds the native binary; the main package's
 * `bin/claude.exe` is only a copy of it when npm ran the package's install script.
 * @internal exported for its tests
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

/**
 * The version a Claude Code binary reports, e.g. `2.1.330` from `2.1.330 (Claude Code)`.
 * @internal exported for its tests
 */
export function parseVersionOutput(output: string): string | null {
  return /\d+\.\d+\.\d+(?:[-+][\w.]+)?/.exec(output)?.[0] ?? null;
}

async function reportedVersion(binary: string, env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<string> {
  const result = await runProcessTree(binary, ['--version'], { env, timeoutMs: VERSION_TIMEOUT_MS, signal });
  const version = result.exitCode === 0 ? parseVersionOutput(result.stdout) : null;
  if (!version) {
    const reason = lastLine(result.stderr) || (describeEnding(result) ?? 'its output holds no version number');
    throw environmentError(`Claude Code at ${binary} did not report its version: ${reason}`);
  }
  return version;
}

async function explicitBinary(
  binary: string,
  { env, signal, onLocated }: Pick<EnsureClaudeCodeOptions, 'env' | 'signal' | 'onLocated'>,
): Promise<Omit<ClaudeCodeInstall, 'duration_ms'>> {
  const resolved = path.resolve(binary);
  if (!(await isExecutable(resolved))) throw usageError(`Claude Code not found at ${binary} (claude_code_path)`);
  onLocated?.(resolved);
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

function installClaudeCode(options: EnsureClaudeCodeOptions): Promise<string> {
  return installIntoCache({
    label: 'Claude Code',
    name: CLAUDE_CODE_PACKAGE,
    version: options.version,
    pathOption: 'claude_code_path',
    folder: path.join(options.cacheDir, options.version),
    locate: binaryInPrefix,
    confirm: async (binary) => {
      const found = await reportedVersion(binary, options.env, options.signal);
      if (found !== options.version) {
        throw environmentError(`Claude Code installed from npm reports version ${found}, expected ${options.version}`);
      }
    },
    env: options.env,
    timeoutMs: options.timeoutMs,
    retries: options.retries,
    signal: options.signal,
  });
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
  if (options.path) return finish(await explicitBinary(options.path, options));
  const cached = await binaryInPrefix(path.join(options.cacheDir, options.version));
  if (cached) return finish({ path: cached, version: options.version, installed: false });
  const onPath = await binaryOnPath(options.version, options.env, options.signal);
  if (onPath) return finish({ path: onPath, version: options.version, installed: false });
  try {
    return finish({ path: await installClaudeCode(options), version: options.version, installed: true });
  } catch (error) {
    if (error instanceof CodeModeError) throw error;
    throw environmentError(`Cannot install Claude Code ${options.version}: ${errorMessage(error)}`);
  }
}
