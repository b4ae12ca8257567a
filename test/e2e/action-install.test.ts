import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { binaryInPrefix } from '../../src/engine/claude/install.js';
import { CLAUDE_CODE_VERSION } from '../../src/engine/config.js';
import { editRunnerScript, replaceMain } from '../../testing/fakes/anthropic.js';
import { E2E_MAINS, WEATHER_OUTPUT, WEATHER_TASK } from '../fixtures/e2e/mains.js';
import { REPOSITORY_NAME, workflowDispatch } from './events.js';
import { openStage, pathWithOnly, type StepOptions } from './runner.js';

describe('the built action without claude_code_path', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'codemode-e2e-install-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const step = (overrides: Partial<StepOptions> = {}): StepOptions => ({
    event: 'workflow_dispatch',
    payload: workflowDispatch(),
    inputs: { tools: 'examples/weather/tools.py', task: WEATHER_TASK },
    model: editRunnerScript([replaceMain(E2E_MAINS.weather)]),
    installClaudeCode: true,
    ...overrides,
  });

  // Downloads Claude Code from the npm registry.
  it('installs the pinned Claude Code into RUNNER_TOOL_CACHE once, and the next job uses the cache', { timeout: 600_000 }, async () => {
    const toolCache = path.join(dir, 'tool-cache');
    const versions = path.join(toolCache, 'codemode', 'claude-code');

    const first = await openStage({ repository: REPOSITORY_NAME, toolCache });
    const installed = await first.run(step()).finally(() => first.close());
    expect(installed.messages('error')).toEqual([]);
    expect(installed.exitCode).toBe(0);
    expect(installed.outputs).toMatchObject({ success: 'true', result: JSON.stringify(WEATHER_OUTPUT) });
    expect(await readdir(versions)).toEqual([CLAUDE_CODE_VERSION]);
    expect(installed.stdout).toMatch(
      new RegExp(`^\\[codemode\\] Installed Claude Code ${CLAUDE_CODE_VERSION.replace(/\./g, '\\.')} in \\d+\\.\\d s$`, 'm'),
    );
    const prefix = path.join(versions, CLAUDE_CODE_VERSION);
    const manifest = JSON.parse(
      await readFile(path.join(prefix, 'node_modules', '@anthropic-ai', 'claude-code', 'package.json'), 'utf8'),
    ) as { version: string };
    expect(manifest.version).toBe(CLAUDE_CODE_VERSION);
    const binary = (await binaryInPrefix(prefix))!;
    const before = await stat(binary);

    const second = await openStage({ repository: REPOSITORY_NAME, toolCache });
    const cached = await second
      .run(step({ path: await pathWithOnly(await mkdtemp(path.join(dir, 'bin-')), ['python3', 'bwrap']) }))
      .finally(() => second.close());
    expect(cached.messages('error')).toEqual([]);
    expect(cached.exitCode).toBe(0);
    expect(cached.stdout).not.toContain('Installed Claude Code');
    expect(cached.outputs).toMatchObject({ success: 'true', result: JSON.stringify(WEATHER_OUTPUT) });
    expect(await readdir(versions)).toEqual([CLAUDE_CODE_VERSION]);
    const after = await stat(binary);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });
});
