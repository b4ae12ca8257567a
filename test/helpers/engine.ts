import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { codemode } from '../../src/engine/codemode.js';
import type { CodeModeConfigInput } from '../../src/engine/config.js';
import type { CodeModeResult, ProgressEvent } from '../../src/engine/types.js';
import { type FakeAnthropic, fakeAnthropicEnvironment, type ModelScript, startFakeAnthropic } from '../../testing/fakes/anthropic.js';
import { CLAUDE_PATH, PYRIGHT_PATH, REPO_ROOT } from './claude.js';

export { CLAUDE_PATH, PYRIGHT_PATH, REPO_ROOT };

export interface EngineRun {
  result: CodeModeResult;
  fake: FakeAnthropic;
  progress: ProgressEvent[];
}

/** Runs the real engine (real Claude Code, real interpreters) against a scripted fake model. */
export async function runEngine(
  tools: string,
  task: string,
  script: ModelScript,
  config: CodeModeConfigInput = {},
  env: NodeJS.ProcessEnv = {},
  withheldVariables: RegExp[] = [],
): Promise<EngineRun> {
  const fake = await startFakeAnthropic(script);
  const progress: ProgressEvent[] = [];
  try {
    const workspace = await mkdtemp(path.join(os.tmpdir(), 'codemode-engine-'));
    const result = await codemode({
      tools,
      task,
      config: {
        repo_root: REPO_ROOT,
        claude_code_path: CLAUDE_PATH,
        pyright_path: PYRIGHT_PATH,
        workspace_dir: workspace,
        preserve_workspace: true,
        ...config,
      },
      env: { ...process.env, ...fakeAnthropicEnvironment(fake.url), CLAUDE_CODE_MAX_RETRIES: '0', ...env },
      withheldVariables,
      onProgress: (event) => progress.push(event),
    });
    return { result, fake, progress };
  } finally {
    await fake.close();
  }
}
