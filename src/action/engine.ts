import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';

import * as core from '@actions/core';

import { codemode, type CodeModeConfigInput, type CodeModeResult, errorMessage, type ResumeRequest, type SavedProgram } from '../lib.js';
import { redact } from '../redaction.js';
import { preloadArtifactClient } from './artifact.js';
import type { ActionInputs } from './inputs.js';
import type { CallProgress } from './progress-comment.js';
import { repoRoot } from './runtime.js';
import { prepareHostedRunnerSandbox } from './sandbox.js';

/** A fresh directory for this step's files: RUNNER_TEMP is shared by every step of the job. */
async function stepWorkspace(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  return env.RUNNER_TEMP ? mkdtemp(path.join(env.RUNNER_TEMP, 'codemode-')) : undefined;
}

function engineConfig(inputs: ActionInputs, env: NodeJS.ProcessEnv, workspaceDir: string | undefined): CodeModeConfigInput {
  const defined = <T>(value: T | null) => value ?? undefined;
  return {
    repo_root: repoRoot(env),
    workspace_dir: workspaceDir,
    cache_dir: env.RUNNER_TOOL_CACHE ? path.join(env.RUNNER_TOOL_CACHE, 'codemode', 'claude-code') : undefined,
    preserve_workspace: true,
    verbose: true,
    claude_code_version: inputs.claude_code_version,
    claude_code_path: defined(inputs.claude_code_path),
    model: defined(inputs.model),
    max_turns: defined(inputs.max_turns),
    max_attempts: defined(inputs.max_attempts),
    timeout: defined(inputs.timeout),
    execution_timeout: defined(inputs.execution_timeout),
    max_tool_calls: defined(inputs.max_tool_calls),
    tool_timeout: defined(inputs.tool_timeout),
    max_cost_usd: defined(inputs.max_cost_usd),
    sandbox: inputs.sandbox,
    max_processes: defined(inputs.max_processes),
    tmp_size: defined(inputs.tmp_size),
    max_memory: defined(inputs.max_memory),
    check: inputs.check,
    mcp_elicitation: inputs.mcp_elicitation,
    pyright_path: defined(inputs.pyright_path),
    approve_tools: inputs.approve_tools,
    approve_destructive_mcp: inputs.approve_destructive_mcp,
  };
}

/** The environment the engine reads credentials from: the job's, plus the credential inputs. */
function engineEnvironment(inputs: ActionInputs, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...env,
    ...(inputs.anthropic_api_key ? { ANTHROPIC_API_KEY: inputs.anthropic_api_key } : {}),
    ...(inputs.claude_code_oauth_token ? { CLAUDE_CODE_OAUTH_TOKEN: inputs.claude_code_oauth_token } : {}),
    ...(inputs.use_bedrock ? { CLAUDE_CODE_USE_BEDROCK: '1' } : {}),
    ...(inputs.use_vertex ? { CLAUDE_CODE_USE_VERTEX: '1' } : {}),
  };
}

/** The job's tokens and the action's inputs: neither the tools nor the generated program may see them. */
const RUNNER_CREDENTIALS = [
  /^INPUT_/,
  /^GITHUB_TOKEN$/,
  /^GH_TOKEN$/,
  /^GH_ENTERPRISE_TOKEN$/,
  /^GITHUB_ENTERPRISE_TOKEN$/,
  /^ACTIONS_RUNTIME_TOKEN$/,
  /^ACTIONS_RUNTIME_URL$/,
  /^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/,
  /^ACTIONS_RESULTS_URL$/,
  /^ACTIONS_CACHE_URL$/,
];

/** What a run of the engine came to: its result, or why it could not start. */
export type EngineOutcome = { result: CodeModeResult; error: null } | { result: null; error: string };

/** What a run asks of the engine beyond the inputs: a program to run (the inputs' by default), a paused run to resume, and who hears of its calls. */
export interface EngineRequest {
  program?: string | SavedProgram;
  resume?: ResumeRequest;
  onCalls?: (progress: CallProgress) => void;
}

/** Runs Code Mode with the action's inputs, on the job's credentials, logging its progress redacted. */
export async function runEngine(
  inputs: ActionInputs,
  task: string,
  env: NodeJS.ProcessEnv,
  secrets: readonly string[],
  { program = inputs.program ?? undefined, resume, onCalls }: EngineRequest = {},
): Promise<EngineOutcome> {
  const workspaceDir = await stepWorkspace(env);
  return codemode({
    tools: inputs.tools ?? undefined,
    mcp: inputs.mcp_config ?? undefined,
    language: inputs.language ?? undefined,
    task,
    program,
    resume,
    onDrift: inputs.on_drift,
    config: engineConfig(inputs, env, workspaceDir),
    env: engineEnvironment(inputs, env),
    withheldVariables: RUNNER_CREDENTIALS,
    sandboxSetup: (signal) => prepareHostedRunnerSandbox(env, signal),
    execute: inputs.mode === 'run',
    onProgress: (event) => {
      if (event.kind === 'calls') {
        onCalls?.(event);
        return;
      }
      if (event.kind === 'claude') void preloadArtifactClient();
      core.info(redact(`[codemode] ${event.message}`, secrets));
    },
  }).then(
    (result): EngineOutcome => ({ result, error: null }),
    (error: unknown): EngineOutcome => ({ result: null, error: errorMessage(error) }),
  );
}
