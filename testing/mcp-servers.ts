/**
 * Real MCP servers for tests and benchmarks: server-everything (pinned, stdio), a Streamable HTTP server made with the SDK's
 * McpServer on loopback, and a stdio server (test/fixtures/mcp/paged-server.mjs) that pages its tool list or
 * never answers it.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
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

/** Answers one request with a fresh inventory server: stateless Streamable HTTP. */
function serveInventory(request: IncomingMessage, response: ServerResponse): void {
  const server = inventoryServer(request.headers);
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  response.on('close', () => {
    void transport.close();
    void server.close();
  });
  void server.connect(transport).then(() => transport.handleRequest(request, response));
}

/** A stateless Streamable HTTP MCP server on loopback. */
export async function startHttpMcpServer(): Promise<HttpMcpServer> {
  const received: IncomingHttpHeaders[] = [];
  const http = createServer((request, response) => {
    received.push(request.headers);
    serveInventory(request, response);
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

export interface OAuthMcpServer extends HttpMcpServer {
  /** The body of every token request, as the authorization server received it. */
  tokenRequests: URLSearchParams[];
  /** MCP requests that came without the current token. */
  unauthorized: number;
  /** Invalidates the tokens issued so far: the next MCP request gets 401. */
  expireTokens(): void;
}

/**
 * The HTTP server's tools behind OAuth on loopback: one server that is its own authorization server, found from
 * its protected-resource metadata, and issues tokens for the client-credentials grant with `client_secret_post`.
 */
export async function startOAuthMcpServer(client: { id: string; secret: string }): Promise<OAuthMcpServer> {
  const tokenRequests: URLSearchParams[] = [];
  let token = '';
  let unauthorized = 0;
  const http = createServer((request, response) => {
    const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    const route = request.url?.split('?')[0];
    if (route?.startsWith('/.well-known/oauth-protected-resource')) {
      json(200, { resource: `${base}/mcp`, authorization_servers: [base] });
    } else if (route === '/.well-known/oauth-authorization-server') {
      json(200, {
        issuer: base,
        authorization_endpoint: `${base}/authorize`,
        token_endpoint: `${base}/token`,
        response_types_supported: ['code'],
        grant_types_supported: ['client_credentials'],
        token_endpoint_auth_methods_supported: ['client_secret_post'],
      });
    } else if (route === '/token') {
      void readBody(request).then((text) => {
        const form = new URLSearchParams(text);
        tokenRequests.push(form);
        if (form.get('client_id') !== client.id || form.get('client_secret') !== client.secret) {
          json(401, { error: 'invalid_client', error_description: 'the client secret is wrong' });
          return;
        }
        token = `issued-token-${tokenRequests.length}`;
        json(200, { access_token: token, token_type: 'Bearer', expires_in: 3600 });
      });
    } else if (!token || request.headers.authorization !== `Bearer ${token}`) {
      unauthorized += 1;
      const challenge = `Bearer resource_metadata="${base}/.well-known/oauth-protected-resource/mcp"`;
      json(401, { error: 'invalid_token' }, { 'www-authenticate': challenge });
    } else {
      serveInventory(request, response);
    }
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    headers: [],
    tokenRequests,
    get unauthorized() {
      return unauthorized;
    },
    expireTokens: () => {
      token = 'expired';
    },
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
  });
}

/**
 * An eliciting server over Streamable HTTP, for one client (its session): `book` asks for a required `seat`
 * without a default and an optional `meal` with one; `defaults` asks for fields that all have defaults; `insist`
 * asks `times` times.
 */
export async function startElicitingMcpServer(): Promise<HttpMcpServer> {
  const server = new McpServer({ name: 'booking', version: '1.0.0' });
  const ask = (properties: Record<string, object>, required: string[]) =>
    server.server.elicitInput({ message: 'Booking details, please', requestedSchema: { type: 'object', properties, required } as never });
  server.registerTool('book', { description: 'Books a seat.' }, async () => {
    const answer = await ask({ seat: { type: 'string' }, meal: { type: 'string', default: 'vegetarian' } }, ['seat']);
    return { content: [{ type: 'text', text: answer.action }] };
  });
  server.registerTool('defaults', { description: 'Asks for fields that all have defaults.' }, async () => {
    const answer = await ask({ seat: { type: 'string', default: '12A' }, bags: { type: 'integer', default: 1 } }, ['seat']);
    return { content: [{ type: 'text', text: JSON.stringify(answer) }] };
  });
  server.registerTool('insist', { description: 'Asks again and again.', inputSchema: { times: z.number() } }, async ({ times }) => {
    const actions: string[] = [];
    for (let index = 0; index < times; index += 1) actions.push((await ask({ seat: { type: 'string', default: '1A' } }, [])).action);
    return { content: [{ type: 'text', text: actions.join(',') }] };
  });
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });
  await server.connect(transport);
  const http = createServer((request, response) => {
    void transport.handleRequest(request, response);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    headers: [],
    close: async () => {
      await server.close();
      await new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      });
    },
  };
}
