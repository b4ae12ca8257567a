/**
 * Connections to the configured MCP servers, made with the official SDK outside the program's sandbox: stdio
 * servers as child processes with the tools' environment, remote ones over Streamable HTTP (or SSE). Each server
 * gets its timeout to start and list its tools; a server that fails ends the run before any model request, in one
 * line that names it.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

import { firstLine, shorten } from '../../format.js';
import { CodeModeError, errorMessage } from '../errors.js';
import { DEFAULT_SERVER_TIMEOUT_S, type McpServerConfig, type McpServerEntry, resolveServer } from './config.js';

/** What discovery learns of one tool of a server. */
export interface McpToolInfo {
  name: string;
  description: string;
  inputSchema: Record<string, unknown>;
  outputSchema: Record<string, unknown> | null;
  /** Its annotations say it is destructive (`destructiveHint`) and not read-only: its calls need approval by default. */
  destructive?: boolean;
}

export interface McpServerConnection {
  name: string;
  tools: McpToolInfo[];
  client: Client;
}

/** What a call of an MCP tool gives the program: a value, or the tool's error as one message. */
export type McpCallOutcome = { ok: true; value: unknown } | { ok: false; error: string };

/** The servers a run uses, connected and listed; `close` stops them. */
export class McpServers {
  private constructor(readonly servers: McpServerConnection[]) {}

  /** Connects to every server at once and lists its tools; if one fails, those already connected are closed. */
  static async connect(
    entries: McpServerEntry[],
    env: NodeJS.ProcessEnv,
    toolsEnv: Readonly<Record<string, string>>,
    cwd: string,
  ): Promise<McpServers> {
    const settled = await Promise.allSettled(entries.map((entry) => connectServer(entry, env, toolsEnv, cwd)));
    const connected = settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
    const failure = settled.find((outcome) => outcome.status === 'rejected');
    if (failure) {
      await new McpServers(connected).close();
      throw failure.reason;
    }
    return new McpServers(connected);
  }

  async call(server: string, tool: string, args: unknown, timeoutMs: number): Promise<McpCallOutcome> {
    const connection = this.servers.find((candidate) => candidate.name === server);
    const info = connection?.tools.find((candidate) => candidate.name === tool);
    if (!connection || !info) return { ok: false, error: `MCP server ${server} has no tool ${tool}` };
    try {
      const result = (await connection.client.callTool({ name: tool, arguments: (args ?? {}) as Record<string, unknown> }, undefined, {
        timeout: timeoutMs,
      })) as CallToolResult;
      return callOutcome(info, result);
    } catch (error) {
      return { ok: false, error: `MCP server ${server} failed to call ${tool}: ${firstLine(errorMessage(error))}` };
    }
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.servers.map((server) => server.client.close()));
  }
}

/** `structuredContent` when the tool declares an output schema, else the text, or the content blocks when not all are text. */
function callOutcome(info: McpToolInfo, result: CallToolResult): McpCallOutcome {
  const content = result.content;
  const texts = content.every((block) => block.type === 'text') ? content.map((block) => block.text) : null;
  if (result.isError) return { ok: false, error: texts ? texts.join('\n') : JSON.stringify(content) };
  if (info.outputSchema && result.structuredContent !== undefined) return { ok: true, value: result.structuredContent };
  return { ok: true, value: texts ? texts.join('\n') : content };
}

async function connectServer(
  entry: McpServerEntry,
  env: NodeJS.ProcessEnv,
  toolsEnv: Readonly<Record<string, string>>,
  cwd: string,
): Promise<McpServerConnection> {
  const config = resolveServer(entry, env);
  const timeoutMs = (config.timeout ?? DEFAULT_SERVER_TIMEOUT_S) * 1000;
  const stderr: string[] = [];
  const transport = openTransport(config, toolsEnv, cwd, stderr);
  const client = new Client({ name: 'codemode', version: '1' });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new CodeModeError(`MCP server ${entry.name} did not start and list its tools within ${timeoutMs / 1000} s`));
    }, timeoutMs);
  });
  try {
    const tools = await Promise.race([listEveryTool(client, transport), timedOut]);
    return { name: entry.name, tools, client };
  } catch (error) {
    await client.close().catch(() => undefined);
    if (error instanceof CodeModeError) throw error;
    const detail = stderr.join('').trim().split('\n').at(-1);
    const verb = 'command' in config ? 'failed to start' : 'failed to connect';
    throw new CodeModeError(
      `MCP server ${entry.name} ${verb}: ${shorten(firstLine(errorMessage(error)), 300)}${detail ? ` (${shorten(detail, 300)})` : ''}`,
    );
  } finally {
    clearTimeout(timer);
  }
}

function openTransport(config: McpServerConfig, toolsEnv: Readonly<Record<string, string>>, cwd: string, stderr: string[]): Transport {
  if ('command' in config) {
    const transport = new StdioClientTransport({
      command: config.command,
      args: config.args,
      env: { ...toolsEnv, ...config.env },
      cwd,
      stderr: 'pipe',
    });
    transport.stderr?.on('data', (chunk: Buffer) => {
      stderr.push(chunk.toString('utf8'));
      if (stderr.length > 20) stderr.shift();
    });
    return transport;
  }
  const url = new URL(config.url);
  const requestInit = { headers: config.headers };
  // SSE is deprecated, but some servers still speak only SSE.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  return config.type === 'sse' ? new SSEClientTransport(url, { requestInit }) : new StreamableHTTPClientTransport(url, { requestInit });
}

/** Connects and lists every page of tools. */
async function listEveryTool(client: Client, transport: Transport): Promise<McpToolInfo[]> {
  await client.connect(transport);
  const tools: McpToolInfo[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.listTools(cursor === undefined ? {} : { cursor });
    for (const tool of page.tools) {
      tools.push({
        name: tool.name,
        description: tool.description ?? '',
        inputSchema: tool.inputSchema,
        outputSchema: tool.outputSchema ?? null,
        destructive: tool.annotations?.destructiveHint === true && tool.annotations.readOnlyHint !== true,
      });
    }
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return tools;
}
