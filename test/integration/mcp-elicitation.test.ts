import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { parseConfig } from '../../src/engine/config.js';
import { McpServers } from '../../src/engine/mcp/client.js';
import { loadMcpConfig } from '../../src/engine/mcp/config.js';
import type { ElicitationPolicy } from '../../src/engine/mcp/elicitation.js';
import { type HttpMcpServer, startElicitingMcpServer } from '../../testing/mcp-servers.js';

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

describe('the mcp_elicitation setting', () => {
  it('is defaults or decline', () => {
    expect(parseConfig({}).mcp_elicitation).toBe('defaults');
    expect(() => parseConfig({ mcp_elicitation: 'ask' as never })).toThrow(
      "Invalid config mcp_elicitation: mcp_elicitation must be 'defaults' or 'decline'",
    );
  });
});
