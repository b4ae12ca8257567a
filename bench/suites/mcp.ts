/**
 * #15 MCP servers as a tool source: how long discovery of server-everything takes (start, initialize, list every
 * tool), what a traced MCP call costs through the boundary (program → tool host → engine → server and back,
 * recorded by the host) over the same call made directly with the SDK, and the bytes sent to the model for a task
 * over the server's tools: Code Mode (the committed CLI, real Claude Code) against a plain tool-calling loop given
 * the tools as JSON definitions, their `inputSchema`s as the server lists them, with the same scripted model. All
 * use the real server over stdio.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { execa } from 'execa';

import { parseConfig } from '../../src/engine/config.js';
import { programEnvironment } from '../../src/engine/env.js';
import { executeHost } from '../../src/engine/execute.js';
import { prepareHost } from '../../src/engine/host.js';
import type { LanguageContext } from '../../src/engine/language.js';
import { McpServers } from '../../src/engine/mcp/client.js';
import type { McpServerEntry } from '../../src/engine/mcp/config.js';
import { withMcpTools } from '../../src/engine/mcp/index.js';
import { serveMcpCalls } from '../../src/engine/mcp/serve.js';
import { programLimits } from '../../src/engine/sandbox/limits.js';
import type { CodeModeResult } from '../../src/engine/types.js';
import { typescriptLanguage } from '../../src/engine/typescript/index.js';
import {
  editRunnerScript,
  type FakeAnthropic,
  fakeAnthropicEnvironment,
  type Message,
  type ModelScript,
  startFakeAnthropic,
} from '../../testing/fakes/anthropic.js';
import { implementMain } from '../../testing/mains/typescript.js';
import { everythingServer } from '../../testing/mcp-servers.js';
import { CLAUDE_PATH, REPO_ROOT } from '../lib/action.js';
import { summarize } from '../lib/measure.js';
import type { SuiteOptions, SuiteResult } from '../lib/row.js';
import type { ToolDefinition } from '../lib/tool-definitions.js';
import { runToolLoopOver } from '../lib/tool-loop.js';

const CALLS = 3000;
const QUICK_CALLS = 20;
const EVERYTHING: McpServerEntry[] = [{ name: 'everything', config: { ...everythingServer, env: {} } }];
const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const TASK = 'Add 30 and 12 with get-sum, then echo the sum it gives.';
/** The main() the scripted model writes for TASK. */
const TASK_MAIN = [
  '  const sum = await everything.getSum({ a: 30, b: 12 });',
  '  return await everything.echo({ message: String(sum) });',
].join('\n');

async function discoveryMs(runs: number): Promise<{ discovery: number[]; node: number[] }> {
  const times = { discovery: [] as number[], node: [] as number[] };
  for (let run = 0; run < runs; run += 1) {
    let started = performance.now();
    await execa(process.execPath, ['-e', '0']);
    times.node.push(performance.now() - started);
    started = performance.now();
    const servers = await McpServers.connect(EVERYTHING, process.env, programEnvironment(process.env), process.cwd());
    times.discovery.push(performance.now() - started);
    await servers.close();
  }
  return times;
}

/** A TypeScript runner over server-everything alone whose main() calls echo `calls` times, run as the engine runs it. */
async function tracedRun(servers: McpServers, root: string, calls: number): Promise<() => Promise<number>> {
  const workspace = path.join(root, `calls-${calls}`);
  await mkdir(workspace, { recursive: true });
  const context: LanguageContext = { repoRoot: root, toolchain: { executable: process.execPath }, env: programEnvironment(process.env) };
  const module = await withMcpTools(typescriptLanguage.noToolsModule(), servers);
  const runner = typescriptLanguage.renderRunner(module, 'Echo');
  const runnerPath = path.join(workspace, runner.file_name);
  const body = `  for (let index = 0; index < ${calls}; index += 1) await everything.echo({ message: 'x' });\n  return ${calls};`;
  await writeFile(runnerPath, implementMain(runner.text, body));
  for (const file of runner.support_files ?? []) await writeFile(path.join(workspace, file.name), file.text);
  await typescriptLanguage.prepare!(runnerPath, module, context);
  const reportPath = path.join(workspace, 'host-report.json');
  const { command, programStart, spec } = await prepareHost({
    language: typescriptLanguage,
    module,
    runnerPath,
    context,
    sandbox: { repoRoot: root, hidden: [], workspace, limits: programLimits(parseConfig({})) },
    supportFiles: (runner.support_files ?? []).map((file) => path.join(workspace, file.name)),
    programText: await readFile(runnerPath, 'utf8'),
    journalPath: path.join(workspace, 'host-journal.jsonl'),
    reportPath,
  });
  const routes = module.mcp!.routes;
  return async () => {
    const started = performance.now();
    const outcome = await executeHost({
      command,
      programStart,
      spec,
      cwd: root,
      env: context.env,
      timeoutMs: 600_000,
      reportPath,
      logPath: path.join(workspace, 'execution.log'),
      logCapBytes: 1024 * 1024,
      channel: (socket) => {
        serveMcpCalls(socket, servers, routes, 60_000);
      },
    });
    if (outcome.error !== null) throw new Error(`the MCP runner failed: ${outcome.error} ${outcome.log.slice(-500)}`);
    return performance.now() - started;
  };
}

async function callOverheadUs(calls: number, runs: number) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'codemode-bench-mcp-'));
  const servers = await McpServers.connect(EVERYTHING, process.env, programEnvironment(process.env), process.cwd());
  try {
    const [client] = servers.servers;
    const programs = { empty: await tracedRun(servers, root, 0), calling: await tracedRun(servers, root, calls) };
    await programs.empty();
    await programs.calling();
    const times = { traced: [] as number[], direct: [] as number[], overhead: [] as number[] };
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      for (let index = 0; index < calls; index += 1) await client!.client.callTool({ name: 'echo', arguments: { message: 'x' } });
      const direct = ((performance.now() - started) * 1000) / calls;
      const traced = (((await programs.calling()) - (await programs.empty())) * 1000) / calls;
      times.direct.push(direct);
      times.traced.push(traced);
      times.overhead.push(traced - direct);
    }
    return times;
  } finally {
    await servers.close();
    await rm(root, { recursive: true, force: true });
  }
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

interface Traffic {
  requests: number;
  bytes: number;
  output: string;
}

async function modelTraffic(script: ModelScript, work: (fake: FakeAnthropic) => Promise<string>): Promise<Traffic> {
  const fake = await startFakeAnthropic(script);
  try {
    const output = await work(fake);
    const sizes = fake.messageRequests().map((request) => request.body_bytes);
    return { output, requests: sizes.length, bytes: sizes.reduce((total, size) => total + size, 0) };
  } finally {
    await fake.close();
  }
}

async function codeModeTraffic(): Promise<Traffic> {
  const mcp = JSON.stringify({ mcpServers: { everything: everythingServer } });
  return modelTraffic(editRunnerScript([(runner) => implementMain(runner, TASK_MAIN)]), async (fake) => {
    const { stdout } = await execa(
      process.execPath,
      [CLI, 'run', '--mcp-config', mcp, '--task', TASK, '--json', '--claude-code-path', CLAUDE_PATH],
      { cwd: REPO_ROOT, env: { ...fakeAnthropicEnvironment(fake.url), CLAUDE_CODE_MAX_RETRIES: '0' } },
    );
    const result = JSON.parse(stdout) as CodeModeResult;
    if (!result.success) throw new Error(`Code Mode failed over MCP tools: ${result.error ?? 'no error given'}`);
    return String(result.output);
  });
}

/** The text of the tool result the conversation's `index`-th tool turn returned. */
function toolResultText(messages: Message[], index: number): string {
  const turns = messages.filter((message) => message.role === 'user' && Array.isArray(message.content));
  const block = (turns[index]?.content as { type: string; content?: string }[] | undefined)?.find((entry) => entry.type === 'tool_result');
  return block?.content ?? '';
}

/** The model of a tool-calling agent doing TASK: get-sum, then echo of its result, then the answer. */
function loopScript(): ModelScript {
  return (request) => {
    const { messages } = request.body;
    const step = messages.filter((message) => message.role === 'assistant').length;
    if (step === 0) return { toolUses: [{ name: 'get-sum', input: { a: 30, b: 12 } }] };
    if (step === 1) return { toolUses: [{ name: 'echo', input: { message: toolResultText(messages, 0) } }] };
    return { text: toolResultText(messages, 1) };
  };
}

/** The same task in a plain tool-calling loop, given every tool of the server as the JSON definition it lists. */
async function loopTraffic(): Promise<Traffic & { definitions_bytes: number }> {
  const servers = await McpServers.connect(EVERYTHING, process.env, programEnvironment(process.env), process.cwd());
  try {
    const definitions: ToolDefinition[] = servers.servers[0]!.tools.map((tool) => ({
      name: tool.name,
      description: tool.description,
      input_schema: tool.inputSchema,
    }));
    const caller = {
      async call(tool: string, input: unknown) {
        const outcome = await servers.call('everything', tool, input, 60_000);
        if (!outcome.ok) return { ok: false, content: outcome.error };
        return { ok: true, content: typeof outcome.value === 'string' ? outcome.value : JSON.stringify(outcome.value) };
      },
    };
    const traffic = await modelTraffic(loopScript(), async (fake) => (await runToolLoopOver(fake.url, caller, definitions, TASK)).output);
    return { ...traffic, definitions_bytes: Buffer.byteLength(JSON.stringify(definitions)) };
  } finally {
    await servers.close();
  }
}

export async function mcpSuite(options: SuiteOptions): Promise<SuiteResult> {
  const calls = options.quick ? QUICK_CALLS : CALLS;
  const discovery = await discoveryMs(Math.max(options.runs, 3));
  const overhead = await callOverheadUs(calls, options.runs);
  const discoveryFigure = summarize(discovery.discovery);
  const overheadFigure = summarize(overhead.overhead);
  const code = await codeModeTraffic();
  const loop = await loopTraffic();
  if (code.output !== loop.output) throw new Error(`Code Mode answered ${code.output}, the plain loop ${loop.output}`);
  options.log(`#15 discovery ${discoveryFigure.median.toFixed(0)} ms, MCP call overhead ${overheadFigure.median.toFixed(0)} µs`);
  options.log(
    `#15 model bytes: Code Mode ${code.bytes} B in ${code.requests} requests, plain loop ${loop.bytes} B in ${loop.requests} requests`,
  );
  return {
    rows: [
      {
        id: '15',
        what: 'MCP discovery of server-everything (stdio: start, initialize, list tools)',
        unit: 'ms',
        figure: discoveryFigure,
        baseline: `node -e 0: ${Math.round(summarize(discovery.node).median)} ms`,
        goal: 'none set',
        met: null,
        note: 'McpServers.connect, as a run does before the runner is written',
      },
      {
        id: '15',
        what: `traced MCP call through the boundary (${calls} echo calls)`,
        unit: 'µs',
        figure: overheadFigure,
        baseline: `direct SDK call: ${Math.round(summarize(overhead.direct).median)} µs`,
        goal: 'none set',
        met: null,
        note: `(run with ${calls} calls − run with none) / calls − direct call; sandboxed program, trace recorded by the host`,
      },
      {
        id: '15',
        what: "bytes sent to the model, a task over server-everything's tools, Code Mode / plain tool-calling loop",
        unit: '×',
        figure: summarize([code.bytes / loop.bytes]),
        baseline: `plain loop: ${kB(loop.bytes)} in ${loop.requests} requests, each with the ${kB(loop.definitions_bytes)} of tool definitions`,
        goal: 'none set',
        met: null,
        note: `Code Mode: ${kB(code.bytes)} in ${code.requests} requests; task: ${TASK}`,
      },
    ],
    details: { calls, discovery, overhead, model_bytes: { task: TASK, codemode: code, plain_loop: loop } },
  };
}
