import type { WarmChecker } from '../language.js';
import type { Run } from './run.js';

/**
 * Starts the language's type checker warm on the generated runner (once it is installed, when the language installs
 * one), so that it loads the runner's API and the tools' types while Claude Code writes; null when the run checks no
 * types or the language keeps no checker warm. A checker that cannot start leaves verification to a cold check.
 */
export function startWarmChecker(run: Run): Promise<WarmChecker | null> | null {
  const start = run.language.startWarmChecker?.bind(run.language);
  if (!start) return null;
  if (!run.language.typeChecker) return start(run.runner, run.runnerPath, run.module, run.context).catch(() => null);
  if (!run.typeChecker) return null;
  return Promise.all([run.typeChecker, run.launchedChecker])
    .then(([installed, launched]) =>
      'error' in installed
        ? null
        : start(run.runner, run.runnerPath, run.module, { ...run.context, typeChecker: installed.checker }, launched?.checker ?? null),
    )
    .catch(() => null);
}

/** Stops a warm checker, whatever it came to. */
export async function closeWarmChecker(started: Promise<WarmChecker | null> | null): Promise<void> {
  await (await started)?.close();
}
