import { describe, expect } from 'vitest';

import { editRunnerScript, replaceMain } from '../../testing/fakes/anthropic.js';
import { PERMISSIONS } from '../../testing/fakes/github.js';
import { implementMain } from '../../testing/mains/typescript.js';
import { everythingServer, pagedServer, startHttpMcpServer } from '../../testing/mcp-servers.js';
import { issueComment, workflowDispatch } from './events.js';
import { artifactFiles, test } from './runner.js';

/** Named like no secret: only its place in the MCP configuration makes the action redact it. */
const AUTH = 'inventory-pass-7f3a9c2e';
const MAIN = [
  "  const echo = await everything.echo({ message: 'stock' });",
  "  const bolts = await inventory.countItems({ kind: 'bolt' });",
  '  const auth = await inventory.whoami();',
  '  let refused = "";',
  '  try {',
  '    await inventory.reserve({ count: 3 });',
  '  } catch (error) {',
  '    refused = (error as Error).message;',
  '  }',
  '  return { echo, bolts: bolts.count, auth, refused };',
].join('\n');

describe('the built action over MCP servers', () => {
  test('runs a /codemode task over MCP tools alone, traces each call by server and keeps ${VAR} values off every report', async ({
    stage,
  }) => {
    const http = await startHttpMcpServer();
    try {
      const mcp = {
        mcpServers: {
          everything: everythingServer,
          inventory: { type: 'http', url: http.url, headers: { Authorization: 'Basic ${INVENTORY_AUTH}' } },
        },
      };
      stage.github.setPermission('Codertocat', PERMISSIONS.write);
      const step = await stage.run({
        event: 'issue_comment',
        payload: issueComment('/codemode Count the bolts in stock'),
        inputs: { tools: '', mcp_config: JSON.stringify(mcp) },
        env: { INVENTORY_AUTH: AUTH },
        model: editRunnerScript([(runner) => implementMain(runner, MAIN)]),
      });

      expect(step.messages('error')).toEqual([]);
      expect(step.outputs.success).toBe('true');
      expect(http.headers.some((headers) => headers.authorization === `Basic ${AUTH}`)).toBe(true);
      expect(JSON.parse(step.outputs.result!)).toEqual({
        echo: 'Echo: stock',
        bolts: 12,
        auth: 'Basic ***',
        refused: 'cannot reserve 3 items: the stock is locked',
      });
      const comment = stage.github.comments.at(-1)!.body;
      for (const call of ['everything.echo', 'inventory.countItems', 'inventory.whoami', 'inventory.reserve'])
        expect(comment).toContain(call);
      expect(comment).toContain('McpToolError: cannot reserve 3 items: the stock is locked');
      const files = await artifactFiles(step.artifacts[0]!);
      expect(step.stdout).toContain(`::add-mask::${AUTH}`);
      const log = step.stdout.replace(`::add-mask::${AUTH}`, '');
      for (const surface of [comment, step.summary, JSON.stringify(step.outputs), log, ...Object.values(files)]) {
        expect(surface).not.toContain(AUTH);
        expect(surface).not.toContain(Buffer.from(AUTH).toString('base64'));
      }
      expect(JSON.parse(files['result.json']!)).toMatchObject({ success: true, language: 'typescript' });
    } finally {
      await http.close();
    }
  });

  test.for([
    {
      what: 'MCP tools and a Python tools module together',
      inputs: { tools: 'examples/weather/tools.py' } as Record<string, string>,
      body: [
        '    weather = get_weather("Paris")',
        '    total = everything.get_sum({"a": 30, "b": 12})',
        '    return {"weather": weather, "total": total}',
      ],
      result: { weather: expect.stringContaining('Weather in Paris') as unknown, total: 'The sum of 30 and 12 is 42.' },
      trace: ['get_weather', 'everything.get_sum'],
    },
    {
      what: 'MCP tools alone when the language input asks for Python',
      inputs: { tools: '', language: 'python' },
      body: [
        '    total = everything.get_sum({"a": 30, "b": 12})',
        '    echo = everything.echo({"message": "stock"})',
        '    return {"total": total, "echo": echo}',
      ],
      result: { total: 'The sum of 30 and 12 is 42.', echo: 'Echo: stock' },
      trace: ['everything.get_sum', 'everything.echo'],
    },
  ])('runs a Python task over $what', async ({ inputs, body, result, trace }, { stage }) => {
    const step = await stage.run({
      event: 'workflow_dispatch',
      payload: workflowDispatch(),
      inputs: { ...inputs, task: 'Stock and weather', mcp_config: JSON.stringify({ mcpServers: { everything: everythingServer } }) },
      model: editRunnerScript([replaceMain(['def main(params: str = "Stock and weather") -> object:', ...body, ''].join('\n'))]),
    });
    expect(step.messages('error')).toEqual([]);
    expect(JSON.parse(step.outputs.result!)).toEqual(result);
    const files = await artifactFiles(step.artifacts[0]!);
    expect(JSON.parse(files['result.json']!)).toMatchObject({
      success: true,
      language: 'python',
      trace: trace.map((tool) => ({ tool })),
    });
  });

  test.for([
    [
      'fails to start',
      { broken: { command: '/nonexistent/mcp-server' } },
      /^Code Mode could not start: MCP server broken failed to start: .*ENOENT/,
    ],
    [
      'hangs on tools/list',
      { slow: { ...pagedServer('hang'), timeout: 1 } },
      /^Code Mode could not start: MCP server slow did not start and list its tools within 1 s$/,
    ],
  ] as const)('fails in one line before any model request when a server %s', async ([, servers, message], { stage }) => {
    const step = await stage.run({
      event: 'workflow_dispatch',
      payload: workflowDispatch(),
      inputs: { tools: '', task: 'Count the bolts', mcp_config: JSON.stringify({ mcpServers: servers }) },
    });
    expect(step.exitCode).toBe(1);
    expect(step.modelRequests).toBe(0);
    expect(step.messages('error')).toEqual([expect.stringMatching(message)]);
  });
});
