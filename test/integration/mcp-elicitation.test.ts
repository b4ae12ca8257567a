import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { codemode } from '../../src/engine/codemode.js';
import { parseConfig } from '../../src/engine/config.js';
import { McpServers } from '../../src/engine/mcp/client.js';
import { loadMcpConfig } from '../../src/engine/mcp/config.js';
import type { ElicitationPolicy } from '../../src/engine/mcp/elicitation.js';
import { editRunnerScript, fakeAnthropicEnvironment, replaceMain, startFakeAnthropic } from '../../testing/fakes/anthropic.js';
import { type HttpMcpServer, startElicitingMcpServer } from '../../testing/mcp-servers.js';
import { CLAUDE_PATH, PYRIGHT_PATH } from '../helpers/claude.js';

const repoRoot = process.cwd();
const MESSAGE = 'Booking details, please';

async function connect(url: string, policy: ElicitationPolicy): Promise<McpServers> {
  const entries = await loadMcpConfig(JSON.stringify({ mcpServers: { booking: { type: 'http', url } } }), repoRoot);
  return McpServers.connect(entries, {}, { PATH: process.env.PATH ?? '' }, repoRoot, policy);
}

describe('elicitations of a real server, answered by the policy and recorded on the call', () => {
  let server: HttpMcpServer;
  let servers: McpServers | undefined;
  beforeEach(async () => {
    server = await startElicitingMcpServer();
  });
  afterEach(async () => {
    await servers?.close();
    await server.close();
  });

  it('accepts with every default when each required field has one (defaults)', async () => {
    servers = await connect(server.url, 'defaults');
    expect(await servers.call('booking', 'defaults', {}, 10_000)).toEqual({
      ok: true,
      value: JSON.stringify({ action: 'accept', content: { seat: '12A', bags: 1 } }),
      elicitations: [{ message: MESSAGE, action: 'accept', content: { seat: '12A', bags: 1 } }],
    });
  });

  it('declines when a required field has no default (defaults), and the reason is in the trace', async () => {
    servers = await connect(server.url, 'defaults');
    expect(await servers.call('booking', 'book', {}, 10_000)).toEqual({
      ok: true,
      value: 'decline',
      elicitations: [{ message: MESSAGE, action: 'decline', reason: 'no default for the required field(s) seat' }],
    });
  });

  it('declines every elicitation (decline)', async () => {
    servers = await connect(server.url, 'decline');
    expect(await servers.call('booking', 'defaults', {}, 10_000)).toEqual({
      ok: true,
      value: JSON.stringify({ action: 'decline' }),
      elicitations: [{ message: MESSAGE, action: 'decline', reason: 'the policy declines every elicitation' }],
    });
  });

  it('answers at most 10 elicitations of one call and declines the rest', async () => {
    servers = await connect(server.url, 'defaults');
    const outcome = await servers.call('booking', 'insist', { times: 12 }, 10_000);
    expect(outcome).toMatchObject({ ok: true, value: [...Array<string>(10).fill('accept'), 'decline', 'decline'].join(',') });
    expect(outcome.elicitations).toHaveLength(10);
  });
});

describe('elicitations in the trace of a Python program', () => {
  it('records each with its answer on the call that caused it', { timeout: 120_000 }, async () => {
    const server = await startElicitingMcpServer();
    const main = ['def main(params: str = "Book a seat") -> object:', '    return booking.defaults({})', ''].join('\n');
    const fake = await startFakeAnthropic(editRunnerScript([replaceMain(main)]));
    try {
      const result = await codemode({
        task: 'Book a seat',
        mcp: JSON.stringify({ mcpServers: { booking: { type: 'http', url: server.url } } }),
        language: 'python',
        config: { repo_root: repoRoot, claude_code_path: CLAUDE_PATH, pyright_path: PYRIGHT_PATH },
        env: { ...process.env, ...fakeAnthropicEnvironment(fake.url), CLAUDE_CODE_MAX_RETRIES: '0' },
      });
      expect(result.error).toBeNull();
      expect(result.trace).toMatchObject([
        { tool: 'booking.defaults', ok: true, elicitations: [{ message: MESSAGE, action: 'accept', content: { seat: '12A', bags: 1 } }] },
      ]);
    } finally {
      await fake.close();
      await server.close();
    }
  });
});

describe('the mcp_elicitation setting', () => {
  it('is defaults or decline', () => {
    expect(parseConfig({}).mcp_elicitation).toBe('defaults');
    expect(() => parseConfig({ mcp_elicitation: 'ask' as never })).toThrow(
      "Invalid config mcp_elicitation: mcp_elicitation must be 'defaults' or 'decline'",
    );
  });
});
