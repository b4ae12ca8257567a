import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadTypeScript } from '../../src/engine/typescript/compiler.js';
import { typescriptLanguage } from '../../src/engine/typescript/index.js';
import { typescriptRuntimeSource } from '../../src/engine/typescript/runtime-source.js';
import { JS_MAIN_BODY, TRIAGE_MAIN_BODY } from '../../testing/mains/typescript.js';
import { checkRunner, CONTEXT, NODES, runRunner, writeRunner } from '../fixtures/typescript/runner.js';

const HOSTILE_TASK =
  'Summarise `${process.exit(3)}` */ /* "quotes" \'single\' \\ back\\slash\u2028line\u2029para\r\nCRLF 🚀 \u0000 end\n// codemode:end tools';

describe('TypeScript runner', () => {
  it('fences the tools and the harness, and leaves a TODO in main', async () => {
    const { text, module } = await writeRunner('examples/triage/tools.ts', 'Label the open issues');
    const source = typescriptLanguage.renderRunner(module, 'Label the open issues');
    expect(source.file_name).toBe('agentRunner.ts');
    expect(source.todo_marker).toBe('codemode:todo');
    expect(source.protected_regions.map((region) => region.name)).toEqual(['tools', 'harness']);
    for (const region of source.protected_regions) {
      expect(text).toContain(region.text);
      expect(source.text.slice(region.start, region.start + region.text.length)).toBe(region.text);
    }
    expect(source.protected_regions[0]?.text.startsWith('// codemode:begin tools (generated, do not edit)\n')).toBe(true);
    expect(source.protected_regions[1]?.text.endsWith('\n// codemode:end harness')).toBe(true);
    expect(text).toContain('export async function list_issues(filter?: IssueFilter /* = {} */): Promise<Issue[]> {');
    expect(text).toContain('export function suggest_label(issue: Issue): LabelSuggestion {');
    expect(text).toContain('export async function main(params: string = "Label the open issues"): Promise<unknown> {\n  // codemode:todo');
  });

  it('says in main how async tools run concurrently, only when some tool is async', async () => {
    const concurrency = 'Calls of async tools run concurrently when awaited together: await Promise.all([';
    expect((await writeRunner('examples/triage/tools.ts', 'task')).text).toContain(
      `  // codemode:todo: implement the task described by params using the tools above, and return the result.\n  // ${concurrency}`,
    );
    expect((await writeRunner('test/fixtures/typescript/forms/units.ts', 'task')).text).not.toContain(concurrency);
  });

  it('writes the runtime beside the runner, which imports only its entry points', async () => {
    const { runnerPath, module } = await writeRunner('examples/triage/tools.ts', 'task');
    const source = typescriptLanguage.renderRunner(module, 'task');
    expect(source.support_files).toEqual([{ name: '_codemode_runtime.ts', text: typescriptRuntimeSource() }]);
    expect(await readFile(path.join(path.dirname(runnerPath), '_codemode_runtime.ts'), 'utf8')).toBe(typescriptRuntimeSource());
    expect(source.protected_regions[0]?.text).toContain('\nimport { __codemodeCall, __codemodeRun } from "./_codemode_runtime.ts";\n');
    expect(source.protected_regions[1]?.text).toBe(
      `// codemode:begin harness (generated, do not edit)\nvoid __codemodeRun(main, () => import(${JSON.stringify(module.path)}));\n// codemode:end harness`,
    );
  });

  it('keeps the triage runner small: short types on one line, long ones a member per line, no runtime code', async () => {
    const { text } = await writeRunner('examples/triage/tools.ts', 'Label the open issues');
    expect(Buffer.byteLength(text)).toBeLessThan(3700);
    expect(text).not.toContain('function __codemodeCall');
    expect(text).toContain(
      ').Priority;\n\n// /** Which issues to list; every field narrows the result. */\n// interface IssueFilter {\n//   state?: IssueState;\n//   /** Only issues carrying this label. */\n//   label?: string;\n',
    );
    expect(text).toContain("\n// type IssueState = 'open' | 'closed';\n");
    expect(text).toContain("\n// enum Priority { Low = 'low', Normal = 'normal', High = 'high' }\n");
    expect(text).toContain('\n}\n/** The labels that can be applied to issues. */\nexport function get_labels(): Label[] {\n');
    expect(text).toContain(
      '\n/** Add a label to an issue.\n * @param issue_number Number of the issue.\n * @param label Name of an existing label. */\nexport async function add_label(',
    );
  });

  it('type-checks the runtime on its own under strict settings, without Node.js types', async () => {
    const ts = await loadTypeScript();
    const runtimePath = path.join(await mkdtemp(path.join(os.tmpdir(), 'codemode-runtime-')), '_codemode_runtime.ts');
    await writeFile(runtimePath, typescriptRuntimeSource());
    const options = {
      strict: true,
      noUncheckedIndexedAccess: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      verbatimModuleSyntax: true,
      exactOptionalPropertyTypes: true,
      types: [],
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      noEmit: true,
    };
    const diagnostics = ts.getPreEmitDiagnostics(ts.createProgram({ rootNames: [runtimePath], options }));
    expect(diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))).toEqual([]);
  });

  it('keeps a hostile task intact: the runner type-checks and main receives the task unchanged', async () => {
    const runner = await writeRunner('examples/js/tools.mjs', HOSTILE_TASK, '  return params;');
    expect(runner.text.split('\n').filter((line) => line === '// codemode:end tools')).toHaveLength(1);
    expect(await checkRunner(runner)).toEqual([]);
    const { report, exitCode } = await runRunner(runner, process.execPath);
    expect(exitCode).toBe(0);
    expect(report.output).toBe(HOSTILE_TASK);
  });

  it('type-checks the generated runner, with its unimplemented main, for every example', async () => {
    for (const tools of [
      'examples/triage/tools.ts',
      'examples/js/tools.mjs',
      'test/fixtures/typescript/forms/tools.ts',
      'test/fixtures/typescript/concurrency.ts',
    ]) {
      const runner = await writeRunner(tools, 'anything');
      expect(await checkRunner(runner)).toEqual([]);
    }
  });

  it('shows defaults in the signature on one line and documentation in a compact JSDoc, and still type-checks', async () => {
    const repoRoot = await mkdtemp(path.join(os.tmpdir(), 'codemode-ts-defaults-'));
    await writeFile(
      path.join(repoRoot, 'tools.ts'),
      [
        '/**',
        ' * Pads text.',
        ' * @param options How to pad:',
        ' *   width and mark.',
        ' */',
        "export function pad(start = 0, text: string, options = {\n  width: 10, // columns\n  mark: '*/',\n}): string {",
        '  return text.padStart(options.width + start, options.mark);',
        '}',
        '',
      ].join('\n'),
    );
    const runner = await writeRunner('tools.ts', 'task', undefined, { ...CONTEXT, repoRoot });
    expect(runner.text).toContain(
      [
        '/** Pads text.',
        ' * @param options How to pad:',
        ' * width and mark. */',
        "export function pad(start: number | undefined /* = 0 */, text: string, options?: { width: number; mark: string; } /* = { width: 10, // columns mark: '*\\/', } */): string {",
      ].join('\n'),
    );
    expect(await checkRunner(runner, { ...CONTEXT, repoRoot })).toEqual([]);
  });

  it('runs on the Node.js given in the context', async () => {
    const runner = await writeRunner('examples/js/tools.mjs', 'task');
    const context = { ...CONTEXT, toolchain: { executable: '/opt/node/bin/node' } };
    expect(typescriptLanguage.hostCommand(runner.runnerPath, runner.module, context).file).toBe('/opt/node/bin/node');
    expect((await typescriptLanguage.programCommand(runner.runnerPath, runner.module, context)).file).toBe('/opt/node/bin/node');
  });

  describe.each(NODES)('executed on $label', ({ executable, available }) => {
    it.skipIf(!available)('runs the triage example to completion and traces every call', async () => {
      const runner = await writeRunner('examples/triage/tools.ts', 'Label the open issues', TRIAGE_MAIN_BODY);
      expect(await checkRunner(runner)).toEqual([]);
      const { report, exitCode } = await runRunner(runner, executable);
      expect(exitCode).toBe(0);
      expect(report.ok).toBe(true);
      expect(report.output).toEqual({
        task: 'Label the open issues',
        open: 5,
        labelled: [
          { issue: 106, label: 'question' },
          { issue: 104, label: 'performance' },
          { issue: 102, label: 'enhancement' },
          { issue: 101, label: 'bug' },
        ],
        priorities: { '101': 'normal', '102': 'normal', '103': 'normal', '104': 'normal', '106': 'normal' },
      });
      expect(report.trace.map((entry) => entry.tool)).toEqual([
        'list_issues',
        ...[106, 104, 102, 101].flatMap(() => ['suggest_label', 'add_label']),
        ...Array.from({ length: 5 }, () => 'priority_of'),
      ]);
      expect(report.trace[0]).toMatchObject({ tool: 'list_issues', args: { filter: { state: 'open' } }, ok: true });
      expect(report.trace[2]).toMatchObject({
        tool: 'add_label',
        args: { issue_number: 106, label: 'question' },
        ok: true,
        result: { added: true },
      });
    });

    it.skipIf(!available)('reports a tool that throws: trace ok false, error with type and message, exit code 1', async () => {
      const body = "  await add_label(101, 'bug');\n  return add_label(101, 'no-such-label');";
      const runner = await writeRunner('examples/triage/tools.ts', 'task', body);
      const { report, exitCode, log } = await runRunner(runner, executable);
      expect(exitCode).toBe(1);
      expect(report.ok).toBe(false);
      expect(report.error).toMatchObject({ type: 'Error', message: "Unknown label 'no-such-label'" });
      expect(report.error?.traceback).toMatch(/examples\/triage\/tools\.ts:\d+/);
      expect(report.trace.map((entry) => [entry.tool, entry.ok, entry.error ?? null])).toEqual([
        ['add_label', true, null],
        ['add_label', false, "Error: Unknown label 'no-such-label'"],
      ]);
      expect(log).toContain("Unknown label 'no-such-label'");
    });

    it.skipIf(!available)('traces concurrent async calls with overlapping start and duration', async () => {
      const body = "  return Promise.all([wait(60, 'a'), wait(60, 'b'), wait(60, 'c')]);";
      const runner = await writeRunner('test/fixtures/typescript/concurrency.ts', 'task', body);
      const { report } = await runRunner(runner, executable);
      expect(report.output).toEqual(['a', 'b', 'c']);
      const [first, second, third] = report.trace;
      expect(report.trace.map((entry) => entry.result)).toEqual(['a', 'b', 'c']);
      expect(second!.start_ms).toBeLessThan(first!.start_ms + first!.duration_ms);
      expect(third!.start_ms).toBeLessThan(second!.start_ms + second!.duration_ms);
    });

    it.skipIf(!available)('converts values JSON cannot hold and notes what it could only show as text', async () => {
      const runner = await writeRunner('test/fixtures/typescript/concurrency.ts', 'task', '  return odd_values();');
      const { report } = await runRunner(runner, executable);
      expect(report.output).toEqual({
        when: '1970-01-01T00:00:00Z',
        tags: ['a'],
        counts: { x: 1 },
        big: '1180591620717411303424',
        bytes: '\u0001\u0002',
        fn: '() => { }',
      });
      expect(report.output_note).toBe('output.fn (function) is not JSON-serialisable; shown as text');
    });

    it.skipIf(!available)('runs a JavaScript tools module', async () => {
      const runner = await writeRunner('examples/js/tools.mjs', 'Weather report', JS_MAIN_BODY);
      const { report } = await runRunner(runner, executable);
      expect(report.output).toEqual([
        { city: 'Paris', fahrenheit: 64 },
        { city: 'Lisbon', fahrenheit: 75 },
        { city: 'Oslo', fahrenheit: 48 },
      ]);
    });

    it.skipIf(!available)('resolves package imports of main from the repository', async () => {
      const runner = await writeRunner('examples/triage/tools.ts', 'task', "  return z.string().parse('from zod');");
      await writeFile(
        runner.runnerPath,
        runner.text.replace('export async function main(', "import { z } from 'zod';\n\nexport async function main("),
      );
      const { report } = await runRunner(runner, executable);
      expect(report.output).toBe('from zod');
    });

    it.skipIf(!available)("uses its own runtime when the user's module beside the tools has the same name", async () => {
      const runner = await writeRunner('test/fixtures/typescript/shadow/tools.ts', 'task', "  return echo('x');");
      expect(await checkRunner(runner)).toEqual([]);
      const { report, exitCode } = await runRunner(runner, executable);
      expect(exitCode).toBe(0);
      expect(report.output).toBe('user:x');
      expect(report.trace).toMatchObject([{ tool: 'echo', args: { text: 'x' }, ok: true, result: 'user:x' }]);
    });

    it.skipIf(!available)('names the runner line of an error thrown in main', async () => {
      const runner = await writeRunner('examples/js/tools.mjs', 'task', "  throw new TypeError('bad input');");
      const { report } = await runRunner(runner, executable);
      const line = runner.text.split('\n').findIndex((text) => text.includes("throw new TypeError('bad input')")) + 1;
      expect(report.error?.type).toBe('TypeError');
      expect(report.error?.traceback).toContain(`agentRunner.ts:${line}:`);
    });
  });
  it("gives each error class a type guard, which tells a tool's error in main and reads its own fields", async () => {
    const body = [
      '  const caught: unknown[] = [];',
      '  for (const call of [() => find_shipment("S-1"), async () => track("S-22")]) {',
      '    try {',
      '      await call();',
      '    } catch (error) {',
      '      if (isShipmentNotFound(error)) caught.push({ missing: error.shipmentId, message: error.message });',
      '      else if (isRateLimited(error)) caught.push({ retryAfter: error.retryAfter, notFound: isShipmentNotFound(error) });',
      '    }',
      '  }',
      '  return caught;',
    ].join('\n');
    const runner = await writeRunner('test/fixtures/typescript/errors/shipments.ts', 'task', body);
    expect(runner.text).toContain(
      [
        "// A tool's error arrives in main() as an Error with the same name, message and own fields; these guards tell its class.",
        'export function isShipmentNotFound(error: unknown): error is ShipmentNotFound {',
        '  return error instanceof Error && error.name === "ShipmentNotFound";',
        '}',
        'export function isRateLimited(error: unknown): error is RateLimited {',
        '  return error instanceof Error && error.name === "RateLimited";',
        '}',
      ].join('\n'),
    );
    expect(runner.text).not.toContain('isShipment(');
    expect(await checkRunner(runner)).toEqual([]);
    const { report } = await runRunner(runner, process.execPath);
    expect(report.output).toEqual([
      { missing: 'S-1', message: 'no shipment S-1' },
      { retryAfter: 4, notFound: false },
    ]);
  });
});
