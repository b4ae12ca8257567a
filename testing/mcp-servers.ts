/**
 * Real MCP servers for tests and benchmarks: server-everything (pinned, stdio), a Streamable HTTP server made with the SDK's
 * McpServer on loopback, and a stdio server (test/fixtures/mcp/paged-server.mjs) that pages its tool list or
 * never answers it.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { z } from 'zod';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** server-everything over stdio, as a `.mcp.json` entry. */
export const everythingServer = {
  command: process.execPath,
  args: [path.join(root, 'node_modules', '@modelcontextprotocol', 'server-everything', 'dist', 'index.js'), 'stdio'],
};

/** The paging stdio server; `mode` is `paged` (three pages of tools) or `hang` (never answers tools/list). */
export function pagedServer(mode: 'paged' | 'hang') {
  return { command: process.execPath, args: [path.join(root, 'test', 'fixtures', 'mcp', 'paged-server.mjs'), mode] };
}

export interface HttpMcpServer {
  url: string;
  /** The headers of every request the server received. */
  headers: IncomingHttpHeaders[];
  close(): Promise<void>;
}

/** The tools of the HTTP server: one with an output schema, one that reports an error, one that echoes the Authorization header. */
function inventoryServer(headers: IncomingHttpHeaders): McpServer {
  const server = new McpServer({ name: 'inventory', version: '1.0.0' });
  server.registerTool(
    'count_items',
    {
      description: 'Counts the items of a kind in stock.',
      inputSchema: { kind: z.enum(['bolt', 'nut']), warehouse: z.string().optional() },
      outputSchema: { kind: z.string(), count: z.number() },
    },
    ({ kind }) => {
      const structuredContent = { kind, count: kind === 'bolt' ? 12 : 7 };
      return { content: [{ type: 'text', text: JSON.stringify(structuredContent) }], structuredContent };
    },
  );
  server.registerTool('reserve', { description: 'Reserves items; always fails.', inputSchema: { count: z.number() } }, ({ count }) => ({
    isError: true,
    content: [{ type: 'text', text: `cannot reserve ${count} items: the stock is locked` }],
  }));
  server.registerTool('whoami', { description: 'The Authorization header the request came with.' }, () => ({
    content: [{ type: 'text', text: headers.authorization ?? 'anonymous' }],
  }));
  return server;
}

/** A stateless Streamable HTTP MCP server on loopback. */
export async function startHttpMcpServer(): Promise<HttpMcpServer> {
  const received: IncomingHttpHeaders[] = [];
  const http = createServer((request, response) => {
    received.push(request.headers);
    const server = inventoryServer(request.headers);
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    response.on('close', () => {
      void transport.close();
      void server.close();
    });
    void server.connect(transport).then(() => transport.handleRequest(request, response));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    headers: received,
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}
