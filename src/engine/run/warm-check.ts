import type { LanguageContext, WarmChecker, WarmCheckerLayout } from '../language.js';
import type { StartContext, TypeCheckerOutcome } from './plan.js';
import type { Run } from './run.js';

/** A type checker's warm process launched for the run, and its closing, once the run's signal ended it. */
export interface LaunchedChecker {
  checker: WarmChecker;
  closed: Promise<void>;
}

/**
 * Launches the language's type checker warm while the tools are extracted, once it is installed, when the language
 * launches one; null when it does not. Called once the extraction has started, for the checker may wait for what the
 * extraction finds out (Python's interpreter). It is closed when the run's signal ends; one that cannot start leaves
 * verification to a checker started later, or to a cold check.
 */
export function launchWarmChecker(
  { language, signal }: StartContext,
  installed: Promise<TypeCheckerOutcome> | null,
  layout: WarmCheckerLayout,
  context: LanguageContext,
): Promise<LaunchedChecker | null> | null {
  const launch = language.typeChecker?.launch?.bind(language.typeChecker);
  if (!launch || !installed) return null;
  return installed
    .then((outcome) =>
      'checker' in outcome && !signal.aborted ? launch(outcome.checker, layout, { ...context, typeChecker: outcome.checker }) : null,
    )
    .then((checker) => checker && { checker, closed: closeOnAbort(checker, signal) })
    .catch(() => null);
}

function closeOnAbort(checker: WarmChecker, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const close = () => void checker.close().then(resolve, resolve);
    if (signal.aborted) close();
    else signal.addEventListener('abort', close, { once: true });
  });
}

/**
 * Starts the language's type checker warm on the generated runner (once it is installed, when the language installs
 * one; in the process launched for it, when there is one), so that it loads the runner's API and the tools' types
 * while Claude Code writes; null when the run checks no types or the language keeps no checker warm. A checker that
 * cannot start leaves verification to a cold check.
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
