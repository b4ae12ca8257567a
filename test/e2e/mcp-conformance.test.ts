import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { editRunnerScript, fakeAnthropicEnvironment, startFakeAnthropic } from '../../testing/fakes/anthropic.js';
import { implementMain } from '../../testing/mains/typescript.js';
import { NODE24_PATH } from '../../testing/node24.js';
import { CLAUDE_PATH, REPO_ROOT } from '../helpers/engine.js';

/**
 * The official MCP conformance suite's client scenarios against the built CLI (dist/cli.js on Node 24): the suite
 * starts each scenario's server and runs testing/conformance-client.ts with its URL, which writes the .mcp.json
 * and runs the CLI; the fake model writes a program that calls the scenario's tool.
 */
const CONFORMANCE = path.join(REPO_ROOT, 'node_modules', '@modelcontextprotocol', 'conformance', 'dist', 'index.js');
const EXPECTED_FAILURES = path.join(REPO_ROOT, 'testing', 'conformance-expected-failures.yml');

/** Each scenario the CLI passes, with the body of main() that calls its tool on the server named `conformance`. */
const SCENARIOS: Record<string, string> = {
  initialize: "  return 'initialized';",
  tools_call: '  return await conformance.addNumbers({ a: 2, b: 3 });',
  'sse-retry': '  return await conformance.testReconnection({});',
  'elicitation-sep1034-client-defaults': '  return await conformance.testClientElicitationDefaults({});',
  'auth/client-credentials-basic': '  return await conformance.testTool({});',
  'auth/client-credentials-jwt': '  return await conformance.testTool({});',
};

interface Check {
  id: string;
  status: 'SUCCESS' | 'FAILURE' | 'WARNING' | 'INFO' | 'SKIPPED';
  description: string;
}

interface ScenarioRun {
  exitCode: number | undefined;
  output: string;
  checks: Check[];
  /** What the CLI printed: the whole CodeModeResult as JSON. */
  stdout: string;
  /** The run's workspace: runner, prompt, transcript, log. */
  workspace: string;
}

async function runScenario(scenario: string, body: string): Promise<ScenarioRun> {
  const results = await mkdtemp(path.join(os.tmpdir(), 'conformance-results-'));
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'conformance-workspace-'));
  const fake = await startFakeAnthropic(editRunnerScript([(runner) => implementMain(runner, body)]));
  try {
    const command = [NODE24_PATH, 'testing/conformance-client.ts', '--claude-code-path', CLAUDE_PATH, '--workspace', workspace, '--keep'];
    const run = await execa(
      NODE24_PATH,
      [CONFORMANCE, 'client', '--command', command.join(' '), '--scenario', scenario, '--timeout', '150000', '-o', results],
      { cwd: REPO_ROOT, reject: false, all: true, env: { ...fakeAnthropicEnvironment(fake.url), CLAUDE_CODE_MAX_RETRIES: '0' } },
    );
    const directory = await scenarioDirectory(results);
    return {
      exitCode: run.exitCode,
      output: run.all,
      checks: JSON.parse(await readFile(path.join(directory, 'checks.json'), 'utf8')) as Check[],
      stdout: await readFile(path.join(directory, 'stdout.txt'), 'utf8'),
      workspace,
    };
  } finally {
    await fake.close();
  }
}

/** The one folder of results the suite wrote for a scenario (`auth/...` scenarios nest one level deeper). */
async function scenarioDirectory(results: string): Promise<string> {
  const files = await readdir(results, { recursive: true });
  const checks = files.find((file) => path.basename(file) === 'checks.json');
  if (!checks) throw new Error(`the suite wrote no checks.json under ${results}`);
  return path.join(results, path.dirname(checks));
}

function failedChecks(checks: Check[]): string[] {
  return checks
    .filter((check) => check.status === 'FAILURE' || check.status === 'WARNING')
    .map((check) => `${check.id}: ${check.description}`);
}

/** Every file of the workspace, read as text. */
async function workspaceText(workspace: string): Promise<string> {
  const files = await readdir(workspace, { recursive: true, withFileTypes: true });
  const texts = await Promise.all(
    files.filter((file) => file.isFile()).map((file) => readFile(path.join(file.parentPath, file.name), 'utf8')),
  );
  return texts.join('\n');
}

describe('the MCP conformance suite against dist/cli.js', () => {
  it.each(Object.entries(SCENARIOS))('passes %s', { timeout: 240_000 }, async (scenario, body) => {
    const run = await runScenario(scenario, body);
    expect(failedChecks(run.checks), run.output).toEqual([]);
    expect(run.checks.some((check) => check.status === 'SUCCESS')).toBe(true);
    expect(run.exitCode, run.output).toBe(0);
    const result = JSON.parse(run.stdout) as { success: boolean; trace: { tool: string; elicitations?: unknown[] }[] };
    expect(result.success).toBe(true);
    if (scenario === 'elicitation-sep1034-client-defaults') {
      expect(result.trace[0]?.elicitations).toEqual([
        {
          message: 'Test client default value handling - please accept with defaults',
          action: 'accept',
          content: { name: 'John Doe', age: 30, score: 95.5, status: 'active', verified: true },
        },
      ]);
    }
    if (scenario.startsWith('auth/client-credentials')) {
      // The suite's credentials and the token it issued reach neither the result nor the runner, prompt or logs.
      const seen = `${run.stdout}\n${await workspaceText(run.workspace)}`;
      for (const secret of ['conformance-test-secret', 'PRIVATE KEY', 'cc-token-']) expect(seen).not.toContain(secret);
      expect(result.trace.map((call) => call.tool)).toEqual(['conformance.testTool']);
    }
  });

  it('runs or lists as an expected failure, with its reason, every client scenario the suite has', async () => {
    const list = await execa(NODE24_PATH, [CONFORMANCE, 'list', '--client'], { cwd: REPO_ROOT });
    const suite = [...list.stdout.matchAll(/^ {2}- (\S+)/gm)].map((match) => match[1]);
    const expected = parse(await readFile(EXPECTED_FAILURES, 'utf8')) as { client: string[] };
    const reasons = await readFile(EXPECTED_FAILURES, 'utf8');
    expect(suite.length).toBeGreaterThan(6);
    expect([...suite].sort()).toEqual([...Object.keys(SCENARIOS), ...expected.client].sort());
    for (const scenario of expected.client) expect(reasons).toMatch(new RegExp(`- ${scenario} +# \\S`));
  });
});
