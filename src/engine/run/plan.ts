import path from 'node:path';

import { ensureClaudeCode } from '../claude/install.js';
import type { StartedClaudeSession } from '../claude/session.js';
import type { CodeModeConfig, CodeModeOptions } from '../config.js';
import { CodeModeError, errorMessage } from '../errors.js';
import type { LanguageSupport, TypeChecker } from '../language.js';
import { probeSandbox } from '../sandbox.js';
import type { ProgressListener } from '../types.js';
import type { Workspace } from '../workspace.js';
import type { PhaseClock } from './clock.js';
import { startFirstSession } from './session.js';

/**
 * What a run does, decided once from the options: `generate` has Claude Code write the program, `saved` runs a
 * saved one without a model (or, when it drifted and the caller asks for it, has Claude Code port it).
 */
export interface RunPlan {
  mode: 'generate' | 'saved';
  /**
   * Claude Code is found or installed at once, and the first attempt's session started, while the tools are
   * extracted; not in a dry run.
   */
  claude: boolean;
  /** The sandbox is made available and probed before the program runs; not in a dry run, nor for a saved program only verified. */
  sandbox: boolean;
  /**
   * The language's type checker is found or installed beside Claude Code, when it has one and `check` is not off.
   * Not for a saved program: its regions, the tools' types among them, must equal today's, and it passed the type
   * check when saved.
   */
  typeChecker: boolean;
  /** The program runs once verified; false when the caller wants it only verified. */
  executes: boolean;
}

export function planRun(options: CodeModeOptions, config: CodeModeConfig, language: LanguageSupport): RunPlan {
  const mode = options.program === undefined ? 'generate' : 'saved';
  const executes = options.execute !== false;
  const claude = mode === 'generate' && !options.dryRun;
  return {
    mode,
    claude,
    sandbox: config.sandbox !== 'off' && !options.dryRun && (mode === 'generate' || executes),
    typeChecker: claude && config.check !== 'off' && language.typeChecker !== undefined,
    executes,
  };
}

/** Claude Code's path, or the one-line reason it cannot be had. */
export type ClaudeCode = { path: string } | { error: string };

/** The type checker to run, or the one-line reason it cannot be had. */
export type TypeCheckerOutcome = { checker: TypeChecker } | { error: string };

/** What a run knows before its tools are extracted: enough to start its work. */
export interface StartContext {
  readonly options: CodeModeOptions;
  readonly config: CodeModeConfig;
  readonly language: LanguageSupport;
  readonly task: string;
  /** Where the runner is written and Claude Code works, opened before the extraction. */
  readonly workspace: Workspace;
  /** The caller's environment, which Claude Code's credentials come from. */
  readonly env: NodeJS.ProcessEnv;
  readonly clock: PhaseClock;
  /** Aborted when the caller cancels or the run ends, whichever comes first. */
  readonly signal: AbortSignal;
  readonly progress: ProgressListener;
}

/** The work the plan starts at once, each settling while the tools are extracted; null where the plan has none. */
export interface StartedWork {
  claude: Promise<ClaudeCode> | null;
  /** The first attempt's session, started once Claude Code is located (an explicit binary before its version is confirmed); null when it could not be had. */
  firstSession: Promise<StartedClaudeSession | null> | null;
  sandbox: Promise<void> | null;
  typeChecker: Promise<TypeCheckerOutcome> | null;
}

export function startPlannedWork(plan: RunPlan, start: StartContext): StartedWork {
  let onLocated: (binary: string) => void = () => undefined;
  const located = new Promise<string>((resolve) => {
    onLocated = resolve;
  });
  const claude = plan.claude ? findClaudeCode(start, onLocated) : null;
  const binary = claude && Promise.race([located, claude.then((found) => ('path' in found ? found.path : null))]);
  const work: StartedWork = {
    claude,
    firstSession: binary?.then((found) => (found !== null && !start.signal.aborted ? startFirstSession(start, found) : null)) ?? null,
    sandbox: plan.sandbox ? startSandbox(start.options, start.signal) : null,
    typeChecker: plan.typeChecker ? startTypeCheckerInstall(start) : null,
  };
  void settled(work);
  return work;
}

/** Waits for the started work to end, whatever it came to; the first session's process, once the run's signal ended it. */
export async function settled(work: StartedWork): Promise<void> {
  await Promise.all([
    work.claude?.catch(() => undefined),
    work.firstSession?.then(
      (session) => session?.closed,
      () => undefined,
    ),
    work.sandbox?.catch(() => undefined),
    work.typeChecker?.catch(() => undefined),
  ]);
}

/**
 * Finds or installs Claude Code. It settles with the binary's path, or with the one-line reason it cannot be had;
 * a bad `claude_code_path` stays a thrown usage error.
 */
export async function findClaudeCode(
  { config, env, clock, signal, progress }: StartContext,
  onLocated?: (binary: string) => void,
): Promise<ClaudeCode> {
  try {
    const install = ensureClaudeCode({
      path: config.claude_code_path,
      version: config.claude_code_version,
      cacheDir: config.cache_dir,
      env,
      signal,
      onLocated,
    });
    const found = await clock.time('install', install);
    if (found.installed) {
      progress({ kind: 'info', message: `Installed Claude Code ${found.version} in ${(found.duration_ms / 1000).toFixed(1)} s` });
    }
    return { path: found.path };
  } catch (error) {
    if (error instanceof CodeModeError && error.kind === 'usage') return Promise.reject(error);
    return { error: errorMessage(error) };
  }
}

/** Makes the sandbox available where the caller knows how (e.g. a CI runner installs bubblewrap), then proves it starts. */
async function startSandbox(options: CodeModeOptions, signal: AbortSignal): Promise<void> {
  await options.sandboxSetup?.(signal);
  await probeSandbox(signal);
}

/** Finds or installs the language's type checker in the mode `check` asks for. It settles like `findClaudeCode`. */
function startTypeCheckerInstall({ config, language, env, signal, progress }: StartContext): Promise<TypeCheckerOutcome> | null {
  const checker = language.typeChecker;
  if (config.check === 'off' || !checker) return null;
  const mode = config.check;
  const install = checker.install({
    path: language.toolchain(config).typeCheckerPath,
    cacheDir: path.dirname(path.resolve(config.cache_dir)),
    env,
    signal,
  });
  return install.then(
    (found) => {
      if (found.installed) {
        progress({ kind: 'info', message: `Installed ${checker.name} ${found.version} in ${(found.duration_ms / 1000).toFixed(1)} s` });
      }
      return { checker: { mode, path: found.path } };
    },
    (error: unknown) => {
      if (error instanceof CodeModeError && error.kind === 'usage') return Promise.reject(error);
      return { error: errorMessage(error) };
    },
  );
}
