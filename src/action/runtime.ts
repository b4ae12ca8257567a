import type * as github from '@actions/github';

import type { Repo } from './github.js';
import type { ActionInputs } from './inputs.js';

/** The workflow run as `github.context` of @actions/github reads it from the runner's variables and event file. */
export type ActionContext = typeof github.context;

/** What the runner tells the action about the workflow run, read when the action starts. */
export interface Runtime {
  eventName: string;
  payload: unknown;
  repo: Repo | null;
  runUrl: string | null;
  runId: string | null;
  apiUrl: string;
}

/** GITHUB_REPOSITORY, else the repository of the event; null when neither names one. */
function runRepository(context: ActionContext): Repo | null {
  try {
    const { owner, repo } = context.repo;
    return owner && repo ? { owner, repo } : null;
  } catch {
    return null;
  }
}

export function readRuntime(context: ActionContext): Runtime {
  const repo = runRepository(context);
  const runId = Number.isInteger(context.runId) ? String(context.runId) : null;
  return {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed string, but read from GITHUB_EVENT_NAME, which may be unset
    eventName: context.eventName ?? '',
    payload: context.payload,
    repo,
    runId,
    runUrl: repo && runId ? `${context.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}` : null,
    apiUrl: context.apiUrl,
  };
}

export function repoRoot(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_WORKSPACE || process.cwd();
}

/** What every command of the step knows. */
export interface StepContext {
  inputs: ActionInputs;
  runtime: Runtime;
  env: NodeJS.ProcessEnv;
  /** The values no report may show. */
  secrets: string[];
  /** Identifies the trigger (a comment id or a run), so the same comment is found and updated again. */
  key: string | null;
  /** Which configuration files were read from the base branch instead of the pull request, as the report says it; null when none. */
  configOrigin: string | null;
}
