import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { McpServers } from '../../src/engine/mcp/client.js';
import { loadMcpConfig, type McpServerEntry, referencedVariables } from '../../src/engine/mcp/config.js';
import { everythingServer, type HttpMcpServer, pagedServer, startHttpMcpServer } from '../../testing/mcp-servers.js';

const repoRoot = process.cwd();

async function connect(servers: Record<string, unknown>, env: NodeJS.ProcessEnv = {}): Promise<McpServers> {
  const entries = await loadMcpConfig(JSON.stringify({ mcpServers: servers }), repoRoot);
  return McpServers.connect(entries, env, { PATH: process.env.PATH ?? '' }, repoRoot);
}

async function failure(work: Promise<unknown>): Promise<string> {
  return work.then(
    () => 'no error',
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}

describe('MCP configuration', () => {
  it('reads a .mcp.json file relative to the repository root, and the same JSON inline', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mcp-config-'));
    const config = {
      mcpServers: {
        github: { command: 'gh-mcp', args: ['--token', '${GH}'] },
        docs: { type: 'http', url: 'https://x/${PATH_PART}', headers: { Authorization: 'Bearer ${SECRET}' } },
      },
    };
    await writeFile(path.join(dir, '.mcp.json'), JSON.stringify(config));
    const fromFile = await loadMcpConfig('.mcp.json', dir);
    expect(fromFile).toEqual(await loadMcpConfig(JSON.stringify(config), dir));
    expect(fromFile.map((entry: McpServerEntry) => [entry.name, referencedVariables(entry)])).toEqual([
      ['github', ['GH']],
      ['docs', ['PATH_PART', 'SECRET']],
    ]);
  });

  it.each([
    ['', 'mcp_config is empty: give the path of a .mcp.json file or its JSON'],
    ['missing.json', 'MCP config not found: missing.json'],
    ['{"mcpServers": ', 'mcp_config is not JSON: '],
    ['{"servers": {}}', 'mcp_config is invalid at mcpServers: expected an object of servers by name'],
    ['{"mcpServers": {}}', 'mcp_config names no server in mcpServers'],
    [
      '{"mcpServers": {"a": {"url": "http://x"}}}',
      'mcp_config is invalid at mcpServers.a: expected {"command", "args", "env"} or {"type": "http" | "sse", "url", "headers"}',
    ],
    ['{"mcpServers": {"a": {"command": "x", "cmd": "y"}}}', 'mcp_config is invalid at mcpServers.a: Unrecognized key: "cmd"'],
  ])('refuses %j with one line', async (source, message) => {
    expect(await failure(loadMcpConfig(source, repoRoot))).toContain(message);
  });

  it('names the server and the variable when a ${VAR} is not set', async () => {
    expect(await failure(connect({ github: { command: 'x', env: { TOKEN: '${MISSING_TOKEN}' } } }))).toBe(
      'MCP server github: variable MISSING_TOKEN is not set',
    );
  });
});

describe('MCP discovery with real servers', () => {
  let http: HttpMcpServer;
  beforeAll(async () => {
    http = await startHttpMcpServer();
  });
  afterAll(async () => {
    await http.close();
  });

  it('lists server-everything over stdio and the SDK server over Streamable HTTP, with ${VAR} in headers', async () => {
    const servers = await connect(
      {
        everything: everythingServer,
        inventory: { type: 'http', url: http.url, headers: { Authorization: 'Bearer ${INVENTORY_SECRET}' } },
      },
      { INVENTORY_SECRET: 's3cr3t-value' },
    );
    try {
      const [everything, inventory] = servers.servers;
      expect(everything?.tools.map((tool) => tool.name)).toEqual(expect.arrayContaining(['echo', 'get-sum']));
      expect(inventory?.tools.map((tool) => tool.name)).toEqual(['count_items', 'reserve', 'whoami']);
      expect(inventory?.tools[0]?.outputSchema).toMatchObject({ type: 'object', properties: { count: { type: 'number' } } });
      expect(http.headers.at(-1)?.authorization).toBe('Bearer s3cr3t-value');
      expect(await servers.call('inventory', 'count_items', { kind: 'bolt' }, 10_000)).toEqual({
        ok: true,
        value: { kind: 'bolt', count: 12 },
      });
      expect(await servers.call('inventory', 'reserve', { count: 3 }, 10_000)).toEqual({
        ok: false,
        error: 'cannot reserve 3 items: the stock is locked',
      });
      expect(await servers.call('everything', 'echo', { message: 'hi' }, 10_000)).toEqual({ ok: true, value: 'Echo: hi' });
    } finally {
      await servers.close();
    }
  });

  it('follows the pagination of tools/list', async () => {
    const servers = await connect({ paged: pagedServer('paged') });
    try {
      expect(servers.servers[0]?.tools.map((tool) => tool.name)).toEqual(['first', 'second', 'third', 'fourth', 'fifth']);
    } finally {
      await servers.close();
    }
  });

  it('names a server that hangs on tools/list once its timeout passes', async () => {
    expect(await failure(connect({ slow: { ...pagedServer('hang'), timeout: 1 } }))).toBe(
      'MCP server slow did not start and list its tools within 1 s',
    );
  });

  it('names a server that fails to start', async () => {
    const message = await failure(
      connect({ broken: { command: process.execPath, args: ['-e', 'console.error("no config found"); process.exit(3)'] } }),
    );
    expect(message).toMatch(/^MCP server broken failed to start: .+ \(no config found\)$/);
    expect(await failure(connect({ absent: { command: '/nonexistent/mcp-server' } }))).toMatch(
      /^MCP server absent failed to start: .*ENOENT/,
    );
  });

  it('names a remote server that does not answer', async () => {
    expect(await failure(connect({ remote: { type: 'http', url: 'http://127.0.0.1:9/mcp' } }))).toMatch(
      /^MCP server remote failed to connect: /,
    );
  });
});
