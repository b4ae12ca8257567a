/**
 * The engine's side of MCP calls: the tool host forwards each call of an MCP wrapper over the host's descriptor
 * `MCP_CHANNEL_FD`, one JSON line `{"id", "call", "args"}`; the engine calls the server and answers
 * `{"id", "ok": true, "value"}` or `{"id", "ok": false, "error"}`. The host keeps the trace, as for any tool.
 */
import { createInterface } from 'node:readline';
import type { Duplex } from 'node:stream';

import { z } from 'zod';

import { parseJsonOrUndefined } from '../../format.js';
import type { McpRoute } from '../types.js';
import type { McpCallOutcome, McpServers } from './client.js';

/** The tool host's descriptor for MCP calls; the program's own channel takes the same number in the program, so it never sees this one. */
export const MCP_CHANNEL_FD = 3;

const RequestSchema = z.object({ id: z.number().int(), call: z.string(), args: z.unknown() });

export function serveMcpCalls(socket: Duplex, servers: McpServers, routes: Record<string, McpRoute>, timeoutMs: number): void {
  socket.on('error', () => undefined);
  const lines = createInterface({ input: socket, crlfDelay: Infinity });
  lines.on('line', (line) => {
    const request = RequestSchema.safeParse(parseJsonOrUndefined(line));
    if (!request.success) return;
    const { id, call, args } = request.data;
    void answer(servers, routes[call], call, args, timeoutMs).then((outcome) => {
      if (!socket.destroyed) socket.write(`${JSON.stringify({ id, ...outcome })}\n`);
    });
  });
}

function answer(servers: McpServers, route: McpRoute | undefined, call: string, args: unknown, timeoutMs: number): Promise<McpCallOutcome> {
  if (!route) return Promise.resolve({ ok: false, error: `there is no MCP tool ${call}` });
  return servers.call(route.server, route.tool, args, timeoutMs);
}
