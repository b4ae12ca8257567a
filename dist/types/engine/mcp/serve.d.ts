import type { Duplex } from 'node:stream';
import type { McpRoute } from '../types.js';
import type { McpServers } from './client.js';
/** The tool host's descriptor for MCP calls; the program's own channel takes the same number in the program, so it never sees this one. */
export declare const MCP_CHANNEL_FD = 3;
export declare function serveMcpCalls(socket: Duplex, servers: McpServers, routes: Record<string, McpRoute>, timeoutMs: number): void;
