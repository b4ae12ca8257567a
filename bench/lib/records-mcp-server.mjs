// The records tools as a small stdio MCP server, the way a workflow author would give them to Claude Code:
// `node records-mcp-server.mjs <definitions.json> <tools.py>` lists the JSON tool definitions of the file and answers each
// call through bench/tool_server.py, which loaded the tools module once (the plain loop's tool runner).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';

const DefinitionsSchema = z.array(z.object({ name: z.string(), description: z.string(), input_schema: z.record(z.string(), z.unknown()) }));
const ToolReplySchema = z.object({ id: z.number(), ok: z.boolean(), content: z.string() });
/** @typedef {z.infer<typeof ToolReplySchema>} ToolReply */

const [definitionsPath = '', toolsPath = ''] = process.argv.slice(2);
const definitions = DefinitionsSchema.parse(JSON.parse(readFileSync(definitionsPath, 'utf8')));
const tools = definitions.map((tool) => ({
  name: tool.name,
  description: tool.description,
  inputSchema: tool.input_schema,
}));
const runner = spawn('python3', [path.join(import.meta.dirname, '..', 'tool_server.py'), toolsPath], {
  cwd: path.dirname(toolsPath),
  stdio: ['pipe', 'pipe', 'inherit'],
});
/** @type {Map<number, (reply: ToolReply) => void>} */
const waiting = new Map();
createInterface({ input: runner.stdout }).on('line', (line) => {
  const reply = ToolReplySchema.parse(JSON.parse(line));
  waiting.get(reply.id)?.(reply);
  waiting.delete(reply.id);
});
let next = 0;

// eslint-disable-next-line @typescript-eslint/no-deprecated -- the definitions are JSON Schemas as they are, which McpServer would rebuild from zod
const server = new Server({ name: 'records', version: '1.0.0' }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, () => ({ tools }));
server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const id = next++;
  /** @type {ToolReply} */
  const reply = await new Promise((resolve) => {
    waiting.set(id, resolve);
    runner.stdin.write(`${JSON.stringify({ id, tool: request.params.name, input: request.params.arguments ?? {} })}\n`);
  });
  return { content: [{ type: 'text', text: reply.content }], ...(reply.ok ? {} : { isError: true }) };
});
server.onclose = () => runner.kill();
await server.connect(new StdioServerTransport());
