/**
 * #15 MCP servers as a tool source: how long discovery of server-everything takes (start, initialize, list every
 * tool), and what a traced MCP call costs through the boundary (program → tool host → engine → server and back,
 * recorded by the host) over the same call made directly with the SDK. Both use the real server over stdio.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import type { LanguageContext } from '../../src/engine/language.js';
import { programEnvironment } from '../../src/engine/env.js';
import { executeRunner } from '../../src/engine/execute.js';
import { prepareHost } from '../../src/engine/host.js';
import { McpServers } from '../../src/engine/mcp/client.js';
import type { McpServerEntry } from '../../src/engine/mcp/config.js';
import { withMcpTools } from '../../src/engine/mcp/index.js';
import { serveMcpCalls } from '../../src/engine/mcp/serve.js';
import { typescriptLanguage } from '../../src/engine/typescript/index.js';
import { implementMain } from '../../test/fixtures/typescript/mains.js';
import { everythingServer } from '../../test/helpers/mcp.js';
import { summarize } from '../lib/measure.js';
import type { SuiteOptions, SuiteResult } from '../lib/row.js';

const CALLS = 3000;
const QUICK_CALLS = 20;
const EVERYTHING: McpServerEntry[] = [{ name: 'everything', config: { ...everythingServer, env: {} } }];

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
  const context: LanguageContext = { repoRoot: root, python: 'python3', node: process.execPath, env: programEnvironment(process.env) };
  const module = await withMcpTools(typescriptLanguage.noToolsModule!(), servers);
  const runner = typescriptLanguage.renderRunner(module, 'Echo');
  const runnerPath = path.join(workspace, runner.file_name);
  const body = `  for (let index = 0; index < ${calls}; index += 1) await everything.echo({ message: 'x' });\n  return ${calls};`;
  await writeFile(runnerPath, implementMain(runner.text, body));
  for (const file of runner.support_files ?? []) await writeFile(path.join(workspace, file.name), file.text);
  await typescriptLanguage.prepare!(runnerPath, module, context);
  const reportPath = path.join(workspace, 'host-report.json');
  const command = await prepareHost({
    language: typescriptLanguage,
    module,
    runnerPath,
    context,
    sandbox: { repoRoot: root, hidden: [], workspace },
    supportFiles: (runner.support_files ?? []).map((file) => path.join(workspace, file.name)),
    specPath: path.join(workspace, 'host-spec.json'),
    journalPath: path.join(workspace, 'host-journal.jsonl'),
    reportPath,
  });
  const routes = module.mcp!.routes;
  return async () => {
    const started = performance.now();
    const outcome = await executeRunner({
      command,
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

export async function mcpSuite(options: SuiteOptions): Promise<SuiteResult> {
  const calls = options.quick ? QUICK_CALLS : CALLS;
  const discovery = await discoveryMs(Math.max(options.runs, 3));
  const overhead = await callOverheadUs(calls, options.runs);
  const discoveryFigure = summarize(discovery.discovery);
  const overheadFigure = summarize(overhead.overhead);
  options.log(`#15 discovery ${discoveryFigure.median.toFixed(0)} ms, MCP call overhead ${overheadFigure.median.toFixed(0)} µs`);
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
    ],
    details: { calls, discovery, overhead },
  };
}
