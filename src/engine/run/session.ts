import { type ApiSection, sessionTools, systemPrompt } from '../claude/prompt.js';
import {
  type ClaudeSessionResult,
  type ClaudeSessionSettings,
  runClaudeSession,
  sameSession,
  startClaudeSession,
  type StartedClaudeSession,
} from '../claude/session.js';
import { claudeEnvironment } from '../env.js';
import type { AttemptRecord } from '../types.js';
import { costLeft } from './budgets.js';
import type { StartContext } from './plan.js';
import { RUN_FILE_NAMES } from './workspace-files.js';

/** What an attempt's session depends on beyond the run. */
export interface SessionNeeds {
  /** Whether the model reads the API from the runner, which decides its tools and system prompt. */
  api: Pick<ApiSection, 'reads'>;
  /** The session it goes on with, after the first attempt. */
  resume: string | null;
  /** The attempts so far, whose cost the budget left is counted from. */
  attempts: AttemptRecord[];
  timeoutMs: number;
}

function sessionSettings(run: StartContext, claudePath: string, needs: SessionNeeds): ClaudeSessionSettings {
  const { config, workspace, progress } = run;
  return {
    claudePath,
    cwd: workspace.dir,
    systemPrompt: systemPrompt(needs.api),
    tools: sessionTools(needs.api),
    resumeSessionId: needs.resume ?? undefined,
    model: config.model,
    maxTurns: config.max_turns,
    maxBudgetUsd: costLeft(config, needs.attempts),
    env: claudeEnvironment(run.env, workspace.file('.claude-config')),
    timeoutMs: needs.timeoutMs,
    transcriptPath: workspace.file(RUN_FILE_NAMES.transcript),
    signal: run.signal,
    onProgress: config.verbose ? (message) => progress({ kind: 'claude', message }) : undefined,
  };
}

/**
 * The first attempt's session, started as soon as Claude Code is found, so that its own start-up overlaps the
 * extraction and the rendering of its prompt, which it is given once known. It is started for the API of all
 * but the largest catalogs, shown whole in the prompt; `runSession` replaces it when the run needs another.
 */
export function startFirstSession(start: StartContext, claudePath: string): StartedClaudeSession {
  const { config } = start;
  const settings = sessionSettings(start, claudePath, {
    api: { reads: false },
    resume: null,
    attempts: [],
    timeoutMs: config.timeout * 1000,
  });
  return startClaudeSession(settings);
}

/**
 * Runs an attempt's session: the one started early when it is the one needed, else a new one (the early one ended).
 * `onTurnStart` is called once the model's turn has begun.
 */
export async function runSession(
  run: StartContext,
  claudePath: string,
  prompt: string,
  needs: SessionNeeds,
  started: StartedClaudeSession | null,
  onTurnStart?: () => void,
): Promise<ClaudeSessionResult> {
  const settings = sessionSettings(run, claudePath, needs);
  if (started && sameSession(started.settings, settings)) {
    return started.complete(prompt, settings.timeoutMs, onTurnStart);
  }
  await started?.discard();
  return runClaudeSession({ ...settings, prompt, onTurnStart });
}
