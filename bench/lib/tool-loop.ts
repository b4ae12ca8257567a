/**
 * A plain tool-calling agent, as traditional agents work: every model turn is one Messages API request carrying
 * the whole conversation so far; the tool calls its answer names run (concurrently, by one python3 process that
 * loaded the tools module, or by any other caller) and their results go back in the next request.
 */
import path from 'node:path';
import { createInterface } from 'node:readline';

import { execa } from 'execa';
import { z } from 'zod';

import type { ToolDefinition } from './tool-definitions.js';

type Block = Record<string, unknown>;
interface Message {
  role: 'user' | 'assistant';
  content: string | Block[];
}

const TOOL_SERVER = path.join(import.meta.dirname, '..', 'tool_server.py');
const ToolReplySchema = z.object({ id: z.number(), ok: z.boolean(), content: z.string() });
type ToolReply = z.infer<typeof ToolReplySchema>;

/** Runs the loop's tool calls: `content` is the text that goes back to the model as the tool's result. */
export interface ToolCaller {
  call(tool: string, input: unknown): Promise<Pick<ToolReply, 'ok' | 'content'>>;
}

interface ToolServer extends ToolCaller {
  close(): Promise<void>;
}

function startToolServer(toolsPath: string): ToolServer {
  const child = execa('python3', [TOOL_SERVER, toolsPath], { cwd: path.dirname(toolsPath), buffer: false, stderr: 'inherit' });
  const waiting = new Map<number, (reply: ToolReply) => void>();
  createInterface({ input: child.stdout }).on('line', (line) => {
    const reply = ToolReplySchema.parse(JSON.parse(line));
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  // A server that dies fails every call still waiting, instead of leaving the loop hanging.
  const died = child.then(
    () => Promise.reject(new Error('the tool server exited while calls were waiting')),
    (error: unknown) => Promise.reject(error instanceof Error ? error : new Error(String(error))),
  );
  died.catch(() => undefined);
  let next = 0;
  return {
    call(tool, input) {
      const id = next++;
      const reply = new Promise<ToolReply>((resolve) => {
        waiting.set(id, resolve);
        child.stdin.write(`${JSON.stringify({ id, tool, input })}\n`);
      });
      return Promise.race([reply, died]);
    },
    async close() {
      child.stdin.end();
      await child.catch(() => undefined);
    },
  };
}

export interface LoopRun {
  requests: number;
  toolCalls: number;
  output: string;
}

/** Runs the loop against the Messages API at `baseUrl` over the tools module at `toolsPath`, loaded by python3. */
export async function runToolLoop(
  baseUrl: string,
  toolsPath: string,
  tools: ToolDefinition[],
  task: string,
  maxRequests = 50,
): Promise<LoopRun> {
  const server = startToolServer(toolsPath);
  try {
    return await runToolLoopOver(baseUrl, server, tools, task, maxRequests);
  } finally {
    await server.close();
  }
}

/** Runs the loop against the Messages API at `baseUrl` until the model answers without a tool call. */
export async function runToolLoopOver(
  baseUrl: string,
  caller: ToolCaller,
  tools: ToolDefinition[],
  task: string,
  maxRequests = 50,
): Promise<LoopRun> {
  const messages: Message[] = [{ role: 'user', content: task }];
  let toolCalls = 0;
  for (let requests = 1; requests <= maxRequests; requests += 1) {
    const response = await fetch(`${baseUrl}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'bench-key', 'anthropic-version': '2023-06-01' },
      body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 4096, tools, messages }),
    });
    const reply = (await response.json()) as { content: Block[]; stop_reason: string };
    messages.push({ role: 'assistant', content: reply.content });
    const uses = reply.content.filter((block) => block.type === 'tool_use');
    if (uses.length === 0)
      return { requests, toolCalls, output: reply.content.map((block) => (typeof block.text === 'string' ? block.text : '')).join('') };
    toolCalls += uses.length;
    const results = await Promise.all(
      uses.map(async (use) => {
        const { ok, content } = await caller.call(String(use.name), use.input);
        return { type: 'tool_result', tool_use_id: use.id, content, ...(ok ? {} : { is_error: true }) };
      }),
    );
    messages.push({ role: 'user', content: results });
  }
  throw new Error(`the tool loop did not finish within ${maxRequests} requests`);
}
