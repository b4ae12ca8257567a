import path from 'node:path';

import { execa } from 'execa';
import { describe, expect, it } from 'vitest';

import { editRunnerScript, fakeAnthropicEnvironment, replaceMain, startFakeAnthropic } from '../../testing/fakes/anthropic.js';
import { implementMain } from '../../testing/mains/typescript.js';
import { everythingServer } from '../../testing/mcp-servers.js';
import { CLAUDE_PATH, REPO_ROOT } from '../helpers/engine.js';

const MCP = JSON.stringify({ mcpServers: { everything: everythingServer } });

describe('dist/cli.js with --mcp-config', () => {
  it('gives the program a TypeScript tools module and an MCP server together', async () => {
    const body = [
      "  const score = await fetch_score('ada');",
      '  const sum = await everything.getSum({ a: score.points, b: 12 });',
      '  return { points: score.points, sum };',
    ].join('\n');
    const fake = await startFakeAnthropic(editRunnerScript([(runner) => implementMain(runner, body)]));
    try {
      const args = ['run', '--tools', 'test/fixtures/engine/scores.ts', '--mcp-config', MCP, '--task', 'Score of ada plus 12', '--json'];
      const run = await execa(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), ...args, '--claude-code-path', CLAUDE_PATH], {
        cwd: REPO_ROOT,
        reject: false,
        env: { ...fakeAnthropicEnvironment(fake.url), CLAUDE_CODE_MAX_RETRIES: '0' },
      });
      expect(run.stderr).toContain('• Connecting to 1 MCP server(s)');
      const result = JSON.parse(run.stdout) as { success: boolean; output: unknown; trace: { tool: string }[] };
      expect(result).toMatchObject({ success: true, output: { points: 30, sum: 'The sum of 30 and 12 is 42.' } });
      expect(result.trace.map((call) => call.tool)).toEqual(['fetch_score', 'everything.getSum']);
      expect(run.exitCode).toBe(0);
    } finally {
      await fake.close();
    }
  });

  it('writes a Python runner over the MCP server alone with --language python', async () => {
    const main = ['def main(params: str = "Add 30 and 12") -> object:', '    return everything.get_sum({"a": 30, "b": 12})', ''].join('\n');
    const fake = await startFakeAnthropic(editRunnerScript([replaceMain(main)]));
    try {
      const args = ['run', '--mcp-config', MCP, '--language', 'python', '--task', 'Add 30 and 12', '--json'];
      const run = await execa(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), ...args, '--claude-code-path', CLAUDE_PATH], {
        cwd: REPO_ROOT,
        reject: false,
        env: { ...fakeAnthropicEnvironment(fake.url), CLAUDE_CODE_MAX_RETRIES: '0' },
      });
      const result = JSON.parse(run.stdout) as { success: boolean; language: string; runner_file: string; trace: { tool: string }[] };
      expect(result).toMatchObject({
        success: true,
        language: 'python',
        runner_file: 'agentRunner.py',
        output: 'The sum of 30 and 12 is 42.',
      });
      expect(result.trace.map((call) => call.tool)).toEqual(['everything.get_sum']);
      expect(run.exitCode).toBe(0);
    } finally {
      await fake.close();
    }
  });
});
