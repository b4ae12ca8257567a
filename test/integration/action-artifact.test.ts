import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { uploadResultArtifact } from '../../src/action/artifact.js';
import { recordWorkflowCommands } from '../../testing/fakes/github.js';
import { artifactEnvironment, type FakeResults, startFakeResults, unzipText } from '../../testing/fakes/results.js';

const SECRET = 'sk-ant-secret-value-1234';
const RUN_URL = 'https://github.com/octo-org/octo-repo/actions/runs/77';

describe('uploadResultArtifact against the fake results service', () => {
  let results: FakeResults;
  let dir: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    results = await startFakeResults();
  });
  afterAll(async () => {
    await results.close();
  });
  beforeEach(async () => {
    Object.assign(process.env, artifactEnvironment(results));
    dir = await mkdtemp(path.join(os.tmpdir(), 'codemode-artifact-test-'));
  });
  afterEach(async () => {
    process.env = { ...saved };
    await rm(dir, { recursive: true, force: true });
  });

  async function resultFiles(): Promise<Record<string, string>> {
    const files = {
      'agentRunner.py': path.join(dir, 'agentRunner.py'),
      'result.json': path.join(dir, 'result.json'),
      'execution.log': path.join(dir, 'execution.log'),
      'transcript.jsonl': path.join(dir, 'never-written.jsonl'),
    };
    await writeFile(files['agentRunner.py'], 'def main():\n    return 42\n');
    await writeFile(files['result.json'], JSON.stringify({ output: 42, env: SECRET }));
    await writeFile(files['execution.log'], `starting with key ${SECRET}\ndone\n`);
    return files;
  }

  it('uploads redacted copies of the existing files as one zip and returns the artifact link', async () => {
    const uploaded = await uploadResultArtifact({
      name: 'codemode-result',
      files: await resultFiles(),
      secrets: [SECRET],
      retentionDays: 3,
      tempDir: dir,
      runUrl: RUN_URL,
    });

    const stored = results.artifacts().at(-1)!;
    expect(uploaded).toEqual({ id: stored.id, url: `${RUN_URL}/artifacts/${stored.id}` });
    expect(stored).toMatchObject({ name: 'codemode-result', finalized: true });
    const daysKept = (Date.parse(stored.expires_at!) - Date.now()) / 86_400_000;
    expect(Math.round(daysKept)).toBe(3);
    const files = await unzipText(stored.zip);
    expect(Object.keys(files).sort()).toEqual(['agentRunner.py', 'execution.log', 'result.json']);
    expect(files['agentRunner.py']).toBe('def main():\n    return 42\n');
    expect(files['execution.log']).toBe('starting with key ***\ndone\n');
    expect(JSON.parse(files['result.json']!)).toEqual({ output: 42, env: '***' });
  });

  it('warns and returns null when the service refuses to create the artifact', async () => {
    const recorder = recordWorkflowCommands();
    const failing = await startFakeResults();
    Object.assign(process.env, artifactEnvironment(failing));
    failing.failCreate(401);
    try {
      const uploaded = await uploadResultArtifact({
        name: 'codemode-result',
        files: await resultFiles(),
        secrets: [],
        retentionDays: null,
        tempDir: dir,
        runUrl: RUN_URL,
      });
      expect(uploaded).toBeNull();
      expect(failing.artifacts()).toEqual([]);
    } finally {
      recorder.stop();
      await failing.close();
    }
    expect(recorder.commands.filter((command) => command.command === 'warning').map((command) => command.message)).toEqual([
      "Could not upload the artifact 'codemode-result': Failed to CreateArtifact: Received non-retryable error: Failed request: (401) Unauthorized: injected failure",
    ]);
  });

  it('warns and returns null outside a workflow run, where there is no runtime token', async () => {
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    const recorder = recordWorkflowCommands();
    const uploaded = await uploadResultArtifact({
      name: 'codemode-result',
      files: await resultFiles(),
      secrets: [],
      retentionDays: null,
      tempDir: dir,
      runUrl: RUN_URL,
    }).finally(() => recorder.stop());
    expect(uploaded).toBeNull();
    expect(recorder.commands.find((command) => command.command === 'warning')?.message).toContain('ACTIONS_RUNTIME_TOKEN');
  });
});
