/**
 * A plain tool-calling agent, as traditional agents work: every tool call is one Messages API request whose
 * answer names the next call; the tool runs (real python3) and its result goes back in the next request.
 */
import path from 'node:path';
import { execa } from 'execa';
import type { ToolDefinition } from './tool-definitions.js';

type Block = Record<string, unknown>;
interface Message {
  role: 'user' | 'assistant';
  content: string | Block[];
}

const CALL_TOOL = `
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("tools", sys.argv[1])
tools = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tools)
print(json.dumps(getattr(tools, sys.argv[2])(**json.loads(sys.argv[3]))))
`;

async function callPythonTool(toolsPath: string, name: string, input: unknown): Promise<string> {
  const { stdout } = await execa('python3', ['-c', CALL_TOOL, toolsPath, name, JSON.stringify(input)], { cwd: path.dirname(toolsPath) });
  return stdout;
}

export interface LoopRun {
  requests: number;
  output: string;
}

/** Runs the loop against the Messages API at `baseUrl` until the model answers without a tool call. */
export async function runToolLoop(baseUrl: string, toolsPath: string, tools: ToolDefinition[], task: string): Promise<LoopRun> {
  const messages: Message[] = [{ role: 'user', content: task }];
  for (let requests = 1; requests <= 50; requests += 1) {
    const response = await fetch(`${baseUrl}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'bench-key', 'anthropic-version': '2023-06-01' },
      body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 4096, tools, messages }),
    });
    const reply = (await response.json()) as { content: Block[]; stop_reason: string };
    messages.push({ role: 'assistant', content: reply.content });
    const uses = reply.content.filter((block) => block.type === 'tool_use');
    if (uses.length === 0)
      return { requests, output: reply.content.map((block) => (typeof block.text === 'string' ? block.text : '')).join('') };
    const results: Block[] = [];
    for (const use of uses) {
      results.push({ type: 'tool_result', tool_use_id: use.id, content: await callPythonTool(toolsPath, String(use.name), use.input) });
    }
    messages.push({ role: 'user', content: results });
  }
  throw new Error('the tool loop did not finish within 50 requests');
}
