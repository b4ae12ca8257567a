/**
 * Connections to the configured MCP servers, made with the official SDK outside the program's sandbox: stdio
 * servers as child processes with the tools' environment, remote ones over Streamable HTTP (or SSE). Each server
 * gets its timeout to start and list its tools; a server that fails ends the run before any model request, in one
 * line that names it.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { type McpServerEntry } from './config.js';
/** What discovery learns of one tool of a server. */
export interface McpToolInfo {
    name: string;
    description: string;
    inputSchema: Record<string, unknown>;
    outputSchema: Record<string, unknown> | null;
}
export interface McpServerConnection {
    name: string;
    tools: McpToolInfo[];
    client: Client;
}
/** What a call of an MCP tool gives the program: a value, or the tool's error as one message. */
export type McpCallOutcome = {
    ok: true;
    value: unknown;
} | {
    ok: false;
    error: string;
};
/** The servers a run uses, connected and listed; `close` stops them. */
export declare class McpServers {
    readonly servers: McpServerConnection[];
    private constructor();
    /** Connects to every server at once and lists its tools; if one fails, those already connected are closed. */
    static connect(entries: McpServerEntry[], env: NodeJS.ProcessEnv, toolsEnv: Readonly<Record<string, string>>, cwd: string): Promise<McpServers>;
    call(server: string, tool: string, args: unknown, timeoutMs: number): Promise<McpCallOutcome>;
    close(): Promise<void>;
}
/** `structuredContent` when the tool declares an output schema, else the text, or the content blocks when not all are text. */
export declare function callOutcome(info: McpToolInfo, result: CallToolResult): McpCallOutcome;
