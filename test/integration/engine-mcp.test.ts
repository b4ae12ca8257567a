import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { codemode } from '../../src/engine/codemode.js';
import type { CodeModeOptions } from '../../src/engine/config.js';
import { editRunnerScript, fakeAnthropicEnvironment, replaceMain, startFakeAnthropic } from '../../testing/fakes/anthropic.js';
import { implementMain } from '../../testing/mains/typescript.js';
import { everythingServer, type HttpMcpServer, pagedServer, startHttpMcpServer } from '../../testing/mcp-servers.js';
import { CLAUDE_PATH, REPO_ROOT } from '../helpers/claude.js';

const SECRET = 'mcp-header-secret-4711';

/** Runs the real engine over MCP servers, with real Claude Code against the scripted model writing each `main` body in turn. */
async function runOverMcp(mcp: object, bodies: string[], options: Partial<CodeModeOptions> = {}) {
  const fake = await startFakeAnthropic(editRunnerScript(bodies.map((body) => (runner: string) => implementMain(runner, body))));
  try {
    const workspace = await mkdtemp(path.join(os.tmpdir(), 'codemode-mcp-'));
    return await codemode({
      task: 'Count the bolts',
      mcp: JSON.stringify({ mcpServers: mcp }),
      config: { repo_root: REPO_ROOT, claude_code_path: CLAUDE_PATH, workspace_dir: workspace, preserve_workspace: true },
      env: { ...process.env, ...fakeAnthropicEnvironment(fake.url), CLAUDE_CODE_MAX_RETRIES: '0', INVENTORY_SECRET: SECRET },
      ...options,
    });
  } finally {
    await fake.close();
  }
}

describe('engine over MCP servers alone, real Claude Code, node and MCP servers', () => {
  let http: HttpMcpServer;
  let servers: object;
  beforeAll(async () => {
    http = await startHttpMcpServer();
    servers = {
      everything: everythingServer,
      inventory: { type: 'http', url: http.url, headers: { Authorization: 'Bearer ${INVENTORY_SECRET}' } },
    };
  });
  afterAll(async () => {
    await http.close();
  });

  it('writes typed wrappers grouped by server, calls them through the tool host and traces each call', async () => {
    const body = [
      "  const echo = await everything.echo({ message: 'hi' });",
      "  const bolts = await inventory.countItems({ kind: 'bolt' });",
      '  const who = await inventory.whoami();',
      '  let failure = "";',
      '  try {',
      '    await inventory.reserve({ count: 3 });',
      '  } catch (error) {',
      '    failure = `${(error as Error).name}: ${(error as Error).message}`;',
      '  }',
      '  return { echo, count: bolts.count, who, failure };',
    ].join('\n');
    const result = await runOverMcp(servers, [body]);
    expect(result.error).toBeNull();
    expect(result.language).toBe('typescript');
    expect(result.output).toEqual({
      echo: 'Echo: hi',
      count: 12,
      who: `Bearer ${SECRET}`,
      failure: 'McpToolError: cannot reserve 3 items: the stock is locked',
    });
    expect(result.trace.map(({ tool, ok }) => ({ tool, ok }))).toEqual([
      { tool: 'everything.echo', ok: true },
      { tool: 'inventory.countItems', ok: true },
      { tool: 'inventory.whoami', ok: true },
      { tool: 'inventory.reserve', ok: false },
    ]);
    expect(result.trace[1]).toMatchObject({ args: { args: { kind: 'bolt' } }, result: { kind: 'bolt', count: 12 } });
    expect(result.trace[3]?.error).toBe('McpToolError: cannot reserve 3 items: the stock is locked');
    expect(result.trace.every((call) => call.duration_ms >= 0)).toBe(true);
    expect(http.headers.some((headers) => headers.authorization === `Bearer ${SECRET}`)).toBe(true);
    expect(result.code).not.toContain(SECRET);
    expect(result.code).toContain('export const inventory = {');
    expect(result.code).toContain('countItems(args: inventory.countItems.Input): Promise<inventory.countItems.Output> {');
    const prompt = await readFile(result.files.prompt!, 'utf8');
    // The API is in the prompt: the model needs no Read of the runner.
    expect(prompt).toContain('Counts the items of a kind in stock.');
    expect(prompt).not.toContain(SECRET);
  });

  it('type-checks main against the MCP types and repairs it through the same session', async () => {
    const result = await runOverMcp(servers, [
      "  return (await inventory.countItems({ kind: 'screw' })).count;",
      "  return (await inventory.countItems({ kind: 'nut' })).count;",
    ]);
    expect(result.output).toBe(7);
    expect(result.attempts[0]).toMatchObject({ failed_phase: 'verify' });
    expect(result.attempts[0]?.error).toMatch(/TS2322: Type '"screw"' is not assignable to type '"bolt" \| "nut"'/);
  });

  it('shows the MCP API in a dry run, and stops the servers when the run ends', async () => {
    const pidFile = path.join(await mkdtemp(path.join(os.tmpdir(), 'mcp-pid-')), 'pid');
    const messages: string[] = [];
    const result = await runOverMcp({ paged: { ...pagedServer('paged'), env: { PID_FILE: pidFile } } }, ['  return 0;'], {
      dryRun: true,
      onProgress: (event) => messages.push(event.message),
    });
    expect(messages).toContain(`Wrote ${result.files.runner ?? ''} with 0 tool(s) and 5 MCP tool(s)`);
    expect(result.code).toContain('export const paged = {');
    expect(result.code).toMatch(/\/\*\* The fifth tool\. \*\/\n\s+fifth\(args\?: paged\.fifth\.Input\): Promise<McpContent> \{/);
    const pid = Number(await readFile(pidFile, 'utf8'));
    expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
  });

  it('gives the program no way to the MCP channel of the engine: its only sockets are its output and its own channel', async () => {
    const body = [
      "  const fs = (await import(['node', 'fs'].join(':'))) as { fstatSync(fd: number): { isSocket(): boolean } };",
      '  const sockets: number[] = [];',
      '  for (let fd = 0; fd < 1024; fd += 1) {',
      '    try {',
      '      if (fs.fstatSync(fd).isSocket()) sockets.push(fd);',
      '    } catch {',
      '      // not open',
      '    }',
      '  }',
      '  return { sockets, nuts: (await inventory.countItems({ kind: "nut" })).count };',
    ].join('\n');
    const result = await runOverMcp(servers, [body]);
    expect(result.error).toBeNull();
    expect(result.output).toEqual({ sockets: [1, 2, 3], nuts: 7 });
    expect(result.trace.map((call) => call.tool)).toEqual(['inventory.countItems']);
  });

  it('fails before any model request, naming a server that does not start', async () => {
    await expect(runOverMcp({ broken: { command: '/nonexistent/mcp-server' } }, ['  return 0;'])).rejects.toThrow(
      /^MCP server broken failed to start: /,
    );
  });
});

const PYTHON_MAIN = `def main(params: str = "Weather and bolts") -> object:
    weather = get_weather("Paris")
    bolts = inventory.count_items({"kind": "bolt"})
    echo = everything.echo({"message": "hi"})
    try:
        inventory.reserve({"count": 3})
        refused = ""
    except Exception as error:
        refused = f"{type(error).__name__}: {error}"
    return {"weather": weather, "bolts": bolts["count"], "echo": echo, "refused": refused}
`;

const pythonMcpMain = (kind: string) => `def main(params: str = "Count the bolts") -> object:
    bolts = inventory.count_items({"kind": "${kind}"})
    echo = everything.echo({"message": "hi"})
    return {"bolts": bolts["count"], "echo": echo}
`;

describe('engine over MCP servers alone with language python, real Claude Code, python and MCP servers', () => {
  it('runs a Python program over the MCP tools alone, repaired after pyright, and traces each call as server.tool', async () => {
    const http = await startHttpMcpServer();
    const fake = await startFakeAnthropic(editRunnerScript([replaceMain(pythonMcpMain('screw')), replaceMain(pythonMcpMain('bolt'))]));
    try {
      const workspace = await mkdtemp(path.join(os.tmpdir(), 'codemode-mcp-'));
      const result = await codemode({
        task: 'Count the bolts',
        language: 'python',
        mcp: JSON.stringify({ mcpServers: { everything: everythingServer, inventory: { type: 'http', url: http.url } } }),
        config: { repo_root: REPO_ROOT, claude_code_path: CLAUDE_PATH, workspace_dir: workspace, preserve_workspace: true },
        env: { ...process.env, ...fakeAnthropicEnvironment(fake.url), CLAUDE_CODE_MAX_RETRIES: '0' },
      });
      expect(result.error).toBeNull();
      expect(result.language).toBe('python');
      expect(result.output).toEqual({ bolts: 12, echo: 'Echo: hi' });
      expect(result.trace.map(({ tool, ok }) => ({ tool, ok }))).toEqual([
        { tool: 'inventory.count_items', ok: true },
        { tool: 'everything.echo', ok: true },
      ]);
      expect(result.code).toContain('def count_items(args: inventory.CountItemsInput) -> inventory.CountItemsOutput:');
      expect(result.attempts).toHaveLength(2);
      expect(result.attempts[0]).toMatchObject({ failed_phase: 'verify' });
      expect(result.attempts[0]?.error).toMatch(
        /main\.py:\d+:\d+ - error: [^\n]*"CountItemsInput"[\s\S]*"Literal\['screw'\]" is not assignable/,
      );
    } finally {
      await fake.close();
      await http.close();
    }
  });
});

describe('engine over MCP servers and a Python tools module', () => {
  it('gives the Python program both sets, with TypedDicts for the MCP tools, and traces every call', async () => {
    const http = await startHttpMcpServer();
    const fake = await startFakeAnthropic(editRunnerScript([replaceMain(PYTHON_MAIN)]));
    try {
      const workspace = await mkdtemp(path.join(os.tmpdir(), 'codemode-mcp-'));
      const result = await codemode({
        tools: 'examples/weather/tools.py',
        task: 'Weather and bolts',
        mcp: JSON.stringify({ mcpServers: { everything: everythingServer, inventory: { type: 'http', url: http.url } } }),
        config: { repo_root: REPO_ROOT, claude_code_path: CLAUDE_PATH, workspace_dir: workspace, preserve_workspace: true },
        env: { ...process.env, ...fakeAnthropicEnvironment(fake.url), CLAUDE_CODE_MAX_RETRIES: '0' },
      });
      expect(result.error).toBeNull();
      expect(result.language).toBe('python');
      expect(result.output).toEqual({
        weather: expect.stringContaining('Weather in Paris') as unknown,
        bolts: 12,
        echo: 'Echo: hi',
        refused: 'McpToolError: cannot reserve 3 items: the stock is locked',
      });
      expect(result.trace.map(({ tool, ok }) => ({ tool, ok }))).toEqual([
        { tool: 'get_weather', ok: true },
        { tool: 'inventory.count_items', ok: true },
        { tool: 'everything.echo', ok: true },
        { tool: 'inventory.reserve', ok: false },
      ]);
      expect(result.code).toContain('class inventory:');
      expect(result.code).toContain(
        'CountItemsInput = TypedDict("CountItemsInput", {"kind": Literal["bolt", "nut"], "warehouse": NotRequired[str]})',
      );
      expect(result.code).toContain('def count_items(args: inventory.CountItemsInput) -> inventory.CountItemsOutput:');
    } finally {
      await fake.close();
      await http.close();
    }
  });
});
