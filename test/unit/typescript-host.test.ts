import { realpathSync } from 'node:fs';
// The tool host of TypeScript tools, run as the engine runs it (without the sandbox), with real node.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { typescriptLanguage } from '../../src/engine/typescript/index.js';
import { checkRunner, CONTEXT, type PreparedRunner, REPO_ROOT, runRunner, writeRunner } from '../fixtures/typescript/runner.js';

const TOOLS = 'test/fixtures/typescript/host/tools.ts';
const TOOLS_PATH = path.join(REPO_ROOT, TOOLS);

/** The runner with `line` added before main (the check would refuse it; these programs are not checked). */
async function withTopLevel(runner: PreparedRunner, line: string): Promise<PreparedRunner> {
  const text = runner.text.replace('export async function main(', `${line}\n\nexport async function main(`);
  await writeFile(runner.runnerPath, text);
  return { ...runner, text };
}

describe('the TypeScript tool host', () => {
  it('serves the public methods of an exported class instance, called on the instance', async () => {
    const tools = 'test/fixtures/typescript/host/inventory.ts';
    const body =
      "  const added = await inventory_restock('bolt', 2);\n  return { added, count: inventory_count('bolt'), empty: inventory_empty(), shelf: shelf('bolt') };";
    const runner = await writeRunner(tools, 'task', body);
    expect(runner.module.tools.map((tool) => [tool.name, tool.doc, tool.async])).toEqual([
      ['inventory_count', 'Units of an item in stock.', false],
      ['inventory_restock', 'Adds units of an item; returns the new count.', true],
      ['inventory_empty', 'Items with no units left.', false],
      ['shelf', 'Shelf of an item.', false],
    ]);
    expect(await checkRunner(runner)).toEqual([]);
    const { report, exitCode, log } = await runRunner(runner, process.execPath);
    expect(log).toBe('');
    expect(exitCode).toBe(0);
    expect(report.output).toEqual({ added: 42, count: 42, empty: [], shelf: 'A-4' });
    expect(report.trace.map((entry) => [entry.tool, entry.args])).toEqual([
      ['inventory_restock', { item: 'bolt', units: 2 }],
      ['inventory_count', { item: 'bolt' }],
      ['inventory_empty', {}],
      ['shelf', { item: 'bolt' }],
    ]);
  });

  it('rebuilds class instances and dates: instanceof, methods and fields work in main, and on the way back to a tool', async () => {
    const body = [
      "  const ticket = open_ticket('Broken build');",
      '  return {',
      '    isTicket: ticket instanceof TicketClass,',
      '    label: ticket.label(),',
      '    id: ticket.id,',
      '    openedIsDate: ticket.opened instanceof Date,',
      '    year: ticket.opened.getUTCFullYear(),',
      '    back: describe_ticket(ticket),',
      '  };',
    ].join('\n');
    const runner = await withTopLevel(
      await writeRunner(TOOLS, 'task', body),
      `import { Ticket as TicketClass } from ${JSON.stringify(TOOLS_PATH)};`,
    );
    const { report, exitCode, log } = await runRunner(runner, process.execPath);
    expect(log).toBe('');
    expect(exitCode).toBe(0);
    expect(report.output).toEqual({
      isTicket: true,
      label: '#7 Broken build',
      id: 7,
      openedIsDate: true,
      year: 2024,
      back: 'a Ticket: #7 Broken build',
    });
    expect(report.trace).toMatchObject([
      {
        tool: 'open_ticket',
        args: { title: 'Broken build' },
        ok: true,
        result: { id: 7, title: 'Broken build', opened: '2024-05-01T12:30:00Z' },
        replayed: false,
      },
      { tool: 'describe_ticket', ok: true, result: 'a Ticket: #7 Broken build' },
    ]);
  });

  it('raises a tool exception in main, which catches it with its type name and message', async () => {
    const body = [
      '  try {',
      '    await close_ticket(7);',
      "    return 'not thrown';",
      '  } catch (error) {',
      '    return { isError: error instanceof Error, isTicketError: error instanceof TicketErrorClass, guarded: isTicketError(error), name: (error as Error).name, message: (error as Error).message };',
      '  }',
    ].join('\n');
    const runner = await withTopLevel(
      await writeRunner(TOOLS, 'task', body),
      `import { TicketError as TicketErrorClass } from ${JSON.stringify(TOOLS_PATH)};`,
    );
    const { report, exitCode } = await runRunner(runner, process.execPath);
    expect(exitCode).toBe(0);
    expect(report.output).toEqual({ isError: true, isTicketError: true, guarded: true, name: 'TicketError', message: 'no ticket 7' });
    expect(report.trace).toMatchObject([{ tool: 'close_ticket', args: { id: 7 }, ok: false, error: 'TicketError: no ticket 7' }]);
  });

  it("checks a tool object's arguments with its schema: the call fails with the schema's message", async () => {
    const body = [
      '  try {',
      "    return await lookup({ city: 'X' });",
      '  } catch (error) {',
      '    return { name: (error as Error).name, message: (error as Error).message };',
      '  }',
    ].join('\n');
    const runner = await writeRunner(TOOLS, 'task', body);
    const { report } = await runRunner(runner, process.execPath);
    expect(report.output).toMatchObject({ name: 'TypeError' });
    expect((report.output as { message: string }).message).toMatch(/^lookup\(\) got arguments its schema rejects: city: .*2/);
    expect(report.trace).toHaveLength(1);
    expect(report.trace[0]).toMatchObject({ tool: 'lookup', args: { args: { city: 'X' } }, ok: false });
    expect(report.trace[0]!.error).toMatch(/^TypeError: lookup\(\) got arguments its schema rejects: city: /);
  });

  it('refuses a call with too many arguments, and one to a tool that does not exist', async () => {
    const body = [
      "  const runtime = await import('./_codemode_runtime.ts');",
      '  const failures: string[] = [];',
      "  for (const [tool, args] of [['echo', ['a', 'b']], ['no_such_tool', []], ['__proto__', []]] as const) {",
      '    try {',
      '      runtime.__codemodeCall(tool, args, false);',
      '    } catch (error) {',
      '      failures.push((error as Error).message);',
      '    }',
      '  }',
      '  return failures;',
    ].join('\n');
    const { report } = await runRunner(await writeRunner(TOOLS, 'task', body), process.execPath);
    expect(report.output).toEqual([
      'echo() takes 1 argument but 2 were given',
      'there is no tool named "no_such_tool"',
      'there is no tool named "__proto__"',
    ]);
    expect(report.trace.map((entry) => [entry.tool, entry.ok])).toEqual([
      ['echo', false],
      ['no_such_tool', false],
      ['__proto__', false],
    ]);
  });

  it('keeps the trace and a small report when the program names tools with huge or invalid names', async () => {
    const body = [
      "  const runtime = await import('./_codemode_runtime.ts');",
      "  echo('real');",
      '  const failures: string[] = [];',
      "  for (const tool of ['x'.repeat(48 << 20), 'no such tool', 'missing']) {",
      '    try {',
      '      runtime.__codemodeCall(tool, [], false);',
      '    } catch (error) {',
      '      failures.push((error as Error).message);',
      '    }',
      '  }',
      '  return failures;',
    ].join('\n');
    const { report, host } = await runRunner(await writeRunner(TOOLS, 'task', body), process.execPath);
    expect(report.output).toEqual([
      'a call names its tool with an identifier of at most 200 characters',
      'a call names its tool with an identifier of at most 200 characters',
      'there is no tool named "missing"',
    ]);
    expect(host.trace).toMatchObject([
      { tool: 'echo', ok: true, result: 'real' },
      { tool: '?', ok: false, error: 'TypeError: a call names its tool with an identifier of at most 200 characters' },
      { tool: '?', ok: false },
      { tool: 'missing', ok: false, error: 'TypeError: there is no tool named "missing"' },
    ]);
    expect(JSON.stringify(host).length).toBeLessThan(10_000);
  });

  it("refuses a call whose arguments do not have the shapes of the tool's parameter types, and records it as failed", async () => {
    const body = [
      "  const runtime = await import('./_codemode_runtime.ts');",
      '  const failures: string[] = [];',
      "  for (const args of [[{ a: 1 }], [5], [['x']]]) {",
      '    try {',
      "      runtime.__codemodeCall('echo', args, false);",
      '    } catch (error) {',
      '      failures.push((error as Error).message);',
      '    }',
      '  }',
      "  return [failures, echo('fine')];",
    ].join('\n');
    const { report } = await runRunner(await writeRunner(TOOLS, 'task', body), process.execPath);
    expect(report.output).toEqual([
      [
        'echo() was not called: the argument value is not string: got object',
        'echo() was not called: the argument value is not string: got number',
        'echo() was not called: the argument value is not string: got an array',
      ],
      'fine',
    ]);
    expect(report.trace.map((entry) => [entry.tool, entry.ok])).toEqual([
      ['echo', false],
      ['echo', false],
      ['echo', false],
      ['echo', true],
    ]);
    expect(report.trace[0]).toMatchObject({
      args: { value: { a: 1 } },
      error: 'TypeError: echo() was not called: the argument value is not string: got object',
    });
  });

  it('keeps the first 10,000 calls in the trace, and counts the rest', async () => {
    const body = "  for (let index = 0; index < 10_003; index += 1) echo(String(index));\n  return 'done';";
    const { report, host } = await runRunner(await writeRunner(TOOLS, 'task', body), process.execPath);
    expect(report.output).toBe('done');
    expect(host.trace).toHaveLength(10_000);
    expect(host.trace.at(-1)).toMatchObject({ tool: 'echo', args: { value: '9999' }, ok: true });
    expect(host.untraced_calls).toBe(3);
  });

  it('answers a call of an earlier attempt from the journal: the side effect happens once', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'codemode-journal-'));
    const journal = path.join(folder, 'journal.jsonl');
    const log = path.join(folder, 'orders.log');
    const first = await writeRunner(TOOLS, 'task', `  await reorder('sku-1', ${JSON.stringify(log)});\n  throw new Error('out of stock');`);
    const attempt1 = await runRunner(first, process.execPath, { journal });
    expect(attempt1.exitCode).toBe(1);
    expect(attempt1.report.replayed).toBe(0);
    const second = await writeRunner(
      TOOLS,
      'task',
      `  return [await reorder('sku-1', ${JSON.stringify(log)}), await reorder('sku-2', ${JSON.stringify(log)})];`,
    );
    const attempt2 = await runRunner(second, process.execPath, { journal });
    expect(attempt2.exitCode).toBe(0);
    expect(attempt2.report.output).toEqual(['ordered sku-1', 'ordered sku-2']);
    expect(attempt2.report.replayed).toBe(1);
    expect(attempt2.report.trace.map((entry) => [entry.tool, entry.result, entry.replayed])).toEqual([
      ['reorder', 'ordered sku-1', true],
      ['reorder', 'ordered sku-2', false],
    ]);
    expect(await readFile(log, 'utf8')).toBe('sku-1\nsku-2\n');
    expect((await readFile(journal, 'utf8')).trim().split('\n')).toHaveLength(2);
  });

  it('refuses the calls past max_tool_calls with an error main() sees, and reports them as refused', async () => {
    const body = [
      "  const answers: unknown[] = [await echo('one'), await echo('two')];",
      '  try {',
      "    await echo('three');",
      '  } catch (error) {',
      '    answers.push(String(error));',
      '  }',
      '  return answers;',
    ].join('\n');
    const runner = await writeRunner(TOOLS, 'task', body);
    const { report, host } = await runRunner(runner, process.execPath, { budget: { maxToolCalls: 2, toolTimeoutMs: null } });
    const refusal = "echo() was not called: the run's budget of 2 tool calls is spent (max_tool_calls)";
    expect(report.output).toEqual(['one', 'two', `Error: ${refusal}`]);
    expect(report.trace.map((entry) => [entry.tool, entry.ok, entry.error ?? entry.result])).toEqual([
      ['echo', true, 'one'],
      ['echo', true, 'two'],
      ['echo', false, `Error: ${refusal}`],
    ]);
    expect(host.calls_refused).toBe(1);
  });

  it('fails a call that takes longer than tool_timeout with a TimeoutError, and main() goes on', async () => {
    const body = [
      '  let error: unknown;',
      '  try {',
      '    await pause(60_000);',
      '  } catch (caught) {',
      '    error = caught;',
      '  }',
      '  return [(error as Error).name, (error as Error).message, await pause(0)];',
    ].join('\n');
    const runner = await writeRunner(TOOLS, 'task', body);
    const { report, host } = await runRunner(runner, process.execPath, { budget: { maxToolCalls: null, toolTimeoutMs: 300 } });
    const timedOut = 'pause() did not finish within the tool_timeout of 0.3 s';
    expect(report.output).toEqual(['TimeoutError', timedOut, 'waited 0 ms']);
    expect(report.trace.map((entry) => [entry.tool, entry.ok, entry.error ?? entry.result])).toEqual([
      ['pause', false, `TimeoutError: ${timedOut}`],
      ['pause', true, 'waited 0 ms'],
    ]);
    expect(report.trace[0]?.duration_ms).toBeLessThan(30_000);
    expect(host.result_bytes).toBeGreaterThan(0);
  });

  it("keeps the host's trace: a program that imports the runtime and forges rows and results changes nothing but its own result", async () => {
    const body = [
      "  const runtime = await import('./_codemode_runtime.ts');",
      "  const fs = (await import('node:fs')) as unknown as { writeSync(fd: number, text: string): number };",
      "  echo('real');",
      "  runtime.traceRow({ tool: 'forged', args: {}, start: 0, end: 1, ok: true, value: 'x', replayed: false });",
      "  const forged = { tool: 'forged', args: {}, ok: true, result: 'x', start_ms: 0, duration_ms: 1 };",
      "  fs.writeSync(3, JSON.stringify({ op: 'result', ok: true, output: 'forged', output_note: null, trace: [forged], replayed: 9 }) + '\\n');",
      "  return 'honest';",
    ].join('\n');
    const { host, report } = await runRunner(await writeRunner(TOOLS, 'task', body), process.execPath);
    expect(Object.keys(host).sort()).toEqual(['calls_refused', 'replayed', 'result', 'result_bytes', 'stopped', 'trace', 'untraced_calls']);
    expect(host.stopped).toBeNull();
    expect(host.replayed).toBe(0);
    expect(report.trace.map((entry) => [entry.tool, entry.ok])).toEqual([['echo', true]]);
    // The first result the program sends is its result: its own claim, which the trace does not follow.
    expect(host.result).toEqual({ ok: true, output: 'forged', output_note: null, error: null });
  });

  it('fails a call whose message is over the size limit, with a clear error in the trace', async () => {
    const body =
      "  try {\n    return echo('x'.repeat(200_000));\n  } catch (error) {\n    return [(error as Error).name, (error as Error).message];\n  }";
    const { report, exitCode } = await runRunner(await writeRunner(TOOLS, 'task', body), process.execPath, {
      maxMessageBytes: 100_000,
    });
    expect(exitCode).toBe(0);
    expect(report.output).toEqual(['RangeError', "the call's message is over the channel's limit of 100000 bytes"]);
    expect(report.trace).toMatchObject([
      { tool: '?', ok: false, error: "RangeError: the call's message is over the channel's limit of 100000 bytes" },
    ]);
  });

  it('stops a program that floods the channel, and still writes the report with the calls so far', async () => {
    const body = [
      "  echo('before');",
      "  const fs = (await import('node:fs')) as unknown as { writeSync(fd: number, text: string): number };",
      "  const chunk = 'x'.repeat(65536);",
      '  fs.writeSync(3, \'{"op": "note", "text": "\');',
      '  for (;;) {',
      '    try {',
      '      fs.writeSync(3, chunk);',
      '    } catch {',
      '      // the channel is full: write again',
      '    }',
      '  }',
    ].join('\n');
    const started = Date.now();
    const { report, host, exitCode, log } = await runRunner(await writeRunner(TOOLS, 'task', body), process.execPath, {
      maxMessageBytes: 1_000_000,
    });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(exitCode).toBe(1);
    expect(host.result).toBeNull();
    expect(log).toContain("the program was stopped: it sent a message over the channel's limit of 1000000 bytes");
    expect(host.stopped).toBe("it sent a message over the channel's limit of 1000000 bytes");
    expect(report.trace).toMatchObject([{ tool: 'echo', args: { value: 'before' }, ok: true, result: 'before' }]);
  });

  it('keeps the trace when the output is nested too deeply to write, and says why', async () => {
    const body = [
      "  echo('before');",
      "  const fs = (await import('node:fs')) as unknown as { writeSync(fd: number, text: string): number };",
      '  fs.writeSync(3, \'{"op": "result", "ok": true, "output": \' + \'[\'.repeat(200_000) + \']\'.repeat(200_000) + \'}\\n\');',
      "  return 'unreached';",
    ].join('\n');
    const { host } = await runRunner(await writeRunner(TOOLS, 'task', body), process.execPath);
    expect(host.result).toBeNull();
    expect(host.stopped).toMatch(/^its output could not be written: /);
    expect(host.trace).toMatchObject([{ tool: 'echo', ok: true, result: 'before' }]);
  });

  it('names the install prefix of the real node executable as a path the program must read', async () => {
    const [prefix = ''] = await typescriptLanguage.programReadPaths(CONTEXT);
    expect(realpathSync(process.execPath).startsWith(`${prefix}/`)).toBe(true);
    expect(await typescriptLanguage.programReadPaths(CONTEXT)).toEqual([prefix]);
  });
});
