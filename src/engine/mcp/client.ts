/**
 * Connections to the configured MCP servers, made with the official SDK outside the program's sandbox: stdio
 * servers as child processes with the tools' environment, remote ones over Streamable HTTP (or SSE), with OAuth
 * client credentials when their entry has them. Each server gets its timeout to start and list its tools; a
 * server that fails ends the run before any model request, in one line that names it. A server's elicitations
 * are answered by the run's policy and recorded on the calls of that server in flight.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { type CallToolResult, ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';

import { firstLine, shorten } from '../../format.js';
import { CodeModeError, errorMessage } from '../errors.js';
import { DEFAULT_SERVER_TIMEOUT_S, type McpServerEntry, type RemoteServer, resolveServer, type StdioServer } from './config.js';
import {
  answerElicitation,
  type ElicitationPolicy,
  type ElicitationRecord,
  elicitationRecord,
  MAX_ELICITATIONS_PER_CALL,
} from './elicitation.js';
import { authorizedProvider } from './oauth.js';

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
  /** The elicitations of each call of this server in flight. */
  inFlight: Set<ElicitationRecord[]>;
}

/**
 * What a call of an MCP tool gives the program, a value or the tool's error as one message, and the
 * elicitations the server sent while it ran.
 */
export type McpCallOutcome = ({ ok: true; value: unknown } | { ok: false; error: string }) & { elicitations?: ElicitationRecord[] };

/** The servers a run uses, connected and listed; `close` stops them. */
export class McpServers {
  private constructor(readonly servers: McpServerConnection[]) {}

  /** Connects to every server at once and lists its tools; if one fails, those already connected are closed. */
  static async connect(
    entries: McpServerEntry[],
    env: NodeJS.ProcessEnv,
    toolsEnv: Readonly<Record<string, string>>,
    cwd: string,
    elicitation: ElicitationPolicy = 'defaults',
  ): Promise<McpServers> {
    const settled = await Promise.allSettled(entries.map((entry) => connectServer(entry, env, toolsEnv, cwd, elicitation)));
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
    const elicitations: ElicitationRecord[] = [];
    connection.inFlight.add(elicitations);
    try {
      const result = (await connection.client.callTool({ name: tool, arguments: (args ?? {}) as Record<string, unknown> }, undefined, {
        timeout: timeoutMs,
      })) as CallToolResult;
      return withElicitations(callOutcome(info, result), elicitations);
    } catch (error) {
      return withElicitations(
        { ok: false, error: `MCP server ${server} failed to call ${tool}: ${firstLine(errorMessage(error))}` },
        elicitations,
      );
    } finally {
      connection.inFlight.delete(elicitations);
    }
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.servers.map((server) => server.client.close()));
  }
}

function withElicitations(outcome: McpCallOutcome, elicitations: ElicitationRecord[]): McpCallOutcome {
  return elicitations.length > 0 ? { ...outcome, elicitations } : outcome;
}

/**
 * Answers each `elicitation/create` of a server by the policy. The protocol does not say which call a request
 * belongs to, so it is recorded on every call of the server in flight; past MAX_ELICITATIONS_PER_CALL on one of
 * them, it is declined.
 */
function answerElicitations(client: Client, policy: ElicitationPolicy, inFlight: Set<ElicitationRecord[]>): void {
  client.setRequestHandler(ElicitRequestSchema, (request) => {
    const calls = [...inFlight];
    const overLimit = calls.some((records) => records.length >= MAX_ELICITATIONS_PER_CALL);
    const answer = overLimit
      ? { action: 'decline' as const, reason: `over ${MAX_ELICITATIONS_PER_CALL} elicitations in one call` }
      : answerElicitation(policy, request.params);
    const record = elicitationRecord(request.params, answer);
    for (const records of calls) if (records.length < MAX_ELICITATIONS_PER_CALL) records.push(record);
    return { action: answer.action, ...(answer.content ? { content: answer.content } : {}) };
  });
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
  elicitation: ElicitationPolicy,
): Promise<McpServerConnection> {
  const config = resolveServer(entry, env);
  const timeoutMs = (config.timeout ?? DEFAULT_SERVER_TIMEOUT_S) * 1000;
  const stderr: string[] = [];
  const client = new Client({ name: 'codemode', version: '1' }, { capabilities: { elicitation: { form: { applyDefaults: true } } } });
  const inFlight = new Set<ElicitationRecord[]>();
  answerElicitations(client, elicitation, inFlight);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new CodeModeError(`MCP server ${entry.name} did not start and list its tools within ${timeoutMs / 1000} s`));
    }, timeoutMs);
  });
  try {
    const transport = 'command' in config ? Promise.resolve(openStdio(config, toolsEnv, cwd, stderr)) : openRemote(entry.name, config);
    const tools = await Promise.race([transport.then((opened) => listEveryTool(client, opened)), timedOut]);
    return { name: entry.name, tools, client, inFlight };
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

function openStdio(config: StdioServer, toolsEnv: Readonly<Record<string, string>>, cwd: string, stderr: string[]): Transport {
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

/** A remote server's transport; with OAuth credentials, its provider has a token before the first request. */
async function openRemote(name: string, config: RemoteServer): Promise<Transport> {
  const url = new URL(config.url);
  const options = {
    requestInit: { headers: config.headers },
    ...(config.oauth ? { authProvider: await authorizedProvider(name, url, config.oauth) } : {}),
  };
  // SSE is deprecated, but some servers still speak only SSE.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  return config.type === 'sse' ? new SSEClientTransport(url, options) : new StreamableHTTPClientTransport(url, options);
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
