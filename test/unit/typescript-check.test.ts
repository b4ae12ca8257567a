import { writeFile } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

import { typescriptLanguage } from '../../src/engine/typescript/index.js';
import { diagnosticsFailure } from '../../src/engine/verify.js';
import { implementMain } from '../../testing/mains/typescript.js';
import { checkRunner, CONTEXT, type PreparedRunner, writeRunner } from '../fixtures/typescript/runner.js';

function lineOf(text: string, fragment: string): number {
  return text.split('\n').findIndex((line) => line.includes(fragment)) + 1;
}

async function rewrite(runner: PreparedRunner, edit: (text: string) => string): Promise<string> {
  const text = edit(runner.text);
  await writeFile(runner.runnerPath, text);
  return text;
}

describe('TypeScript runner check', () => {
  it('reports a type error in main with file, line, column and compiler message', async () => {
    const runner = await writeRunner(
      'examples/triage/tools.ts',
      'task',
      '  const count: string = (await list_issues()).length;\n  return count;',
    );
    const line = lineOf(runner.text, 'const count: string');
    expect(await checkRunner(runner)).toEqual([
      { line, message: `agentRunner.ts:${line}:9 - error TS2322: Type 'number' is not assignable to type 'string'.` },
    ]);
  });

  it('names a missing name as the cause in the one-line error, before the errors that follow from it', async () => {
    const body = [
      '  const pick = (issues) => issues[0];',
      '  const filter: IssueFiltr = { state: "open" };',
      '  return pick(await list_issues(filter));',
    ].join('\n');
    const runner = await writeRunner('examples/triage/tools.ts', 'task', body);
    const diagnostics = await checkRunner(runner);
    expect(
      diagnostics.map((diagnostic) => [diagnostic.message.replace(/^.*error (TS\d+).*$/, '$1'), diagnostic.root_cause ?? false]),
    ).toEqual([
      ['TS7006', false],
      ['TS2552', true],
    ]);
    const failure = diagnosticsFailure('agentRunner.ts', diagnostics);
    const line = lineOf(runner.text, 'IssueFiltr');
    expect(failure.message).toBe(
      `agentRunner.ts does not compile: line ${line}: agentRunner.ts:${line}:17 - error TS2552: Cannot find name 'IssueFiltr'. Did you mean 'IssueFilter'? (and 1 more)`,
    );
    expect(failure.details.split('\n')).toHaveLength(2);
  });

  it('reports a wrong argument against the real tool types', async () => {
    const runner = await writeRunner('examples/triage/tools.ts', 'task', "  return list_issues({ state: 'pending' });");
    const [diagnostic, ...rest] = await checkRunner(runner);
    expect(rest).toEqual([]);
    expect(diagnostic?.line).toBe(lineOf(runner.text, "state: 'pending'"));
    expect(diagnostic?.message).toMatch(/^agentRunner\.ts:\d+:\d+ - error TS2322: Type '"pending"' is not assignable to type 'IssueState/);
  });

  it('reports a syntax error alone', async () => {
    const runner = await writeRunner('examples/js/tools.mjs', 'task', '  return (1 + ;');
    const diagnostics = await checkRunner(runner);
    expect(diagnostics).toEqual([
      { line: lineOf(runner.text, 'return (1 + ;'), message: expect.stringMatching(/ - error TS1109: Expression expected\.$/) },
    ]);
  });

  it('rejects redeclaring a tool or a generated name outside the generated regions', async () => {
    const runner = await writeRunner('examples/triage/tools.ts', 'task', '  return get_labels();');
    const text = await rewrite(runner, (original) =>
      original.replace(
        'export async function main(',
        'const get_labels = () => [];\nlet __codemodeCall: unknown[] = [];\n\nexport async function main(',
      ),
    );
    const diagnostics = await checkRunner(runner);
    const getLabels = lineOf(text, 'const get_labels = () => [];');
    expect(diagnostics).toContainEqual({
      line: getLabels,
      message: `agentRunner.ts:${getLabels}:7 - error: 'get_labels' is defined by the generated tools region; use it instead of declaring it again`,
    });
    expect(diagnostics).toContainEqual({
      line: getLabels + 1,
      message: `agentRunner.ts:${getLabels + 1}:5 - error: '__codemodeCall' is defined by the generated tools region; use it instead of declaring it again`,
    });
  });

  it('rejects importing the tools module directly, which would bypass tracing', async () => {
    const runner = await writeRunner('examples/js/tools.mjs', 'task', "  return direct.convert_temperature(20, 'F');");
    const text = await rewrite(runner, (original) =>
      original.replace(
        'export async function main(',
        `import * as direct from ${JSON.stringify(runner.module.path)};\n\nexport async function main(`,
      ),
    );
    const line = lineOf(text, 'import * as direct');
    expect(await checkRunner(runner)).toEqual([
      {
        line,
        message: `agentRunner.ts:${line}:1 - error: call the tools through the wrappers in the generated tools region, not by importing examples/js/tools.mjs`,
      },
    ]);
  });

  it('rejects importing the runtime beside the runner, under any name', async () => {
    const runner = await writeRunner('examples/js/tools.mjs', 'task', "  return call('x', [], false);");
    const text = await rewrite(runner, (original) =>
      original.replace(
        'export async function main(',
        "import { __codemodeCall as call } from './_codemode_runtime.ts';\n\nexport async function main(",
      ),
    );
    const line = lineOf(text, 'import { __codemodeCall as call }');
    expect(await checkRunner(runner)).toEqual([
      { line, message: `agentRunner.ts:${line}:1 - error: _codemode_runtime.ts serves the generated regions only; do not import it` },
    ]);
  });

  it('checks code under a fake region marker in full: only the regions located by position are skipped', async () => {
    const runner = await writeRunner('examples/js/tools.mjs', 'task', "  return direct.convert_temperature(20, 'F');");
    const fake = [
      '// codemode:begin harness (generated, do not edit)',
      `import * as direct from ${JSON.stringify(runner.module.path)};`,
      'const convert_temperature = () => 0;',
      '// codemode:end harness',
      '',
      '',
    ].join('\n');
    const text = await rewrite(runner, (original) => original.replace('export async function main(', `${fake}export async function main(`));
    const importLine = lineOf(text, 'import * as direct');
    const constLine = lineOf(text, 'const convert_temperature = () => 0;');
    // The compiler also objects to the second declaration; the region check names both bypasses.
    expect(await checkRunner(runner)).toEqual(
      expect.arrayContaining([
        {
          line: importLine,
          message: `agentRunner.ts:${importLine}:1 - error: call the tools through the wrappers in the generated tools region, not by importing examples/js/tools.mjs`,
        },
        {
          line: constLine,
          message: `agentRunner.ts:${constLine}:7 - error: 'convert_temperature' is defined by the generated tools region; use it instead of declaring it again`,
        },
      ]),
    );
  });

  it('rejects a region commented out, or wrapped in a statement', async () => {
    const runner = await writeRunner('examples/js/tools.mjs', 'task', '  return 1;');
    const harness = runner.source.protected_regions[1]!.text;
    await rewrite(runner, (original) => original.replace(harness, `/*\n${harness}\n*/`));
    expect(await checkRunner(runner)).toContainEqual({
      line: null,
      message: 'agentRunner.ts: the protected harness region is not code; do not comment it out or quote it',
    });
    const text = await rewrite(runner, (original) => original.replace(harness, `const quoted = \`\n${harness}\n\`;`));
    const line = lineOf(text, 'const quoted = `');
    expect(await checkRunner(runner)).toContainEqual({
      line,
      message: `agentRunner.ts:${line}:1 - error: wraps the protected harness region; write code between the regions, not around them`,
    });
  });

  it('lets main import packages the tools module can reach', async () => {
    const runner = await writeRunner('examples/triage/tools.ts', 'task', '  return z.string().parse(params);');
    await rewrite(runner, (original) =>
      original.replace('export async function main(', "import { z } from 'zod';\n\nexport async function main("),
    );
    expect(await checkRunner(runner)).toEqual([]);
  });

  it('accepts the reference main of the triage example', async () => {
    const runner = await writeRunner('examples/triage/tools.ts', 'task');
    await rewrite(runner, (original) => implementMain(original, '  return get_labels().map((label) => label.name);'));
    expect(await checkRunner(runner)).toEqual([]);
  });
});

describe('the TypeScript compiler kept warm', () => {
  const BODIES = [
    '  const count: string = (await list_issues()).length;\n  return count;',
    "  return list_issues({ state: 'pending' });",
    '  const open = await list_issues();\n  return open.map((issue) => issue.labelz);',
    '  return (await list_issues()).length;',
  ];

  it('answers each program that arrives after the generated runner as a cold check of it does', async () => {
    const runner = await writeRunner('examples/triage/tools.ts', 'task');
    const warmChecker = await typescriptLanguage.startWarmChecker!(runner.source, runner.runnerPath, runner.module, CONTEXT);
    try {
      const found = [];
      for (const body of BODIES) {
        await rewrite(runner, () => implementMain(runner.source.text, body));
        const cold = await checkRunner(runner);
        expect(await checkRunner(runner, { ...CONTEXT, warmChecker })).toEqual(cold);
        found.push(cold.map((diagnostic) => diagnostic.message.replace(/^.*error (TS\d+).*$/s, '$1')));
      }
      expect(found).toEqual([['TS2322'], ['TS2322'], ['TS2551'], []]);
    } finally {
      await warmChecker.close();
    }
  });

  it('leaves the check of another runner to a cold one', async () => {
    const first = await writeRunner('examples/triage/tools.ts', 'task');
    const warmChecker = await typescriptLanguage.startWarmChecker!(first.source, first.runnerPath, first.module, CONTEXT);
    const other = await writeRunner('examples/triage/tools.ts', 'task', "  return list_issues({ state: 'pending' });");
    const found = await checkRunner(other, { ...CONTEXT, warmChecker });
    expect(found).toEqual(await checkRunner(other));
    expect(found.map((diagnostic) => diagnostic.line)).toEqual([lineOf(other.text, "state: 'pending'")]);
  });
});
