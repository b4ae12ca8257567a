import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { codemode } from '../../src/engine/codemode.js';
import { editRunnerScript } from '../../testing/fakes/anthropic.js';
import {
  COSTS_MAIN_BODY,
  COSTS_WRONG_PROPERTY_BODY,
  implementMain,
  JS_MAIN_BODY,
  TRIAGE_MAIN_BODY,
} from '../../testing/mains/typescript.js';
import { REPO_ROOT, runEngine } from '../helpers/engine.js';

const SCORES = 'test/fixtures/engine/scores.ts';
const COSTS = 'test/fixtures/typescript/jsdoc/costs.mjs';
const main = (body: string) => (runner: string) => implementMain(runner, body);

describe('engine with TypeScript and JavaScript tools, real Claude Code and node', () => {
  it('implements, type-checks and runs the TypeScript triage example', async () => {
    const { result } = await runEngine(
      'examples/triage/tools.ts',
      'Label every open unlabelled issue',
      editRunnerScript([main(TRIAGE_MAIN_BODY)]),
    );
    expect(result.error).toBeNull();
    expect(result.success).toBe(true);
    expect(result.language).toBe('typescript');
    expect(result.output).toMatchObject({ task: 'Label every open unlabelled issue' });
    expect(result.trace.length).toBeGreaterThan(1);
    expect(result.runner_file).toBe('agentRunner.ts');
    expect(result.files.runner).toBe(path.join(result.workspace_dir!, 'agentRunner.ts'));
  });

  it('runs the JavaScript example', async () => {
    const { result } = await runEngine(
      'examples/js/tools.mjs',
      'Weather of three cities in Fahrenheit',
      editRunnerScript([main(JS_MAIN_BODY)]),
    );
    expect(result.error).toBeNull();
    expect(result.output).toHaveLength(3);
    expect(result.trace.filter((call) => call.tool === 'get_weather')).toHaveLength(3);
  });

  it('runs a program written against JSDoc typedefs of a JavaScript module, shown to the model as TypeScript', async () => {
    const { result } = await runEngine(COSTS, 'Total the January bill', editRunnerScript([main(COSTS_MAIN_BODY)]));
    expect(result.error).toBeNull();
    expect(result.output).toEqual({
      dollars: 129.49,
      zones: ['a', null],
      next: 'storage',
      verdict: 'over',
      services: ['compute', 'storage'],
    });
    expect(result.trace.map((call) => call.tool)).toEqual(['cost_rows', 'first_page', 'check_budget', 'folders']);
    expect(result.code).toContain('\nexport async function cost_rows(month: string): Promise<CostRow[]> {\n');
    expect(result.code).toContain('\n//   /** Amount in cents, not dollars. */\n//   cents: number;\n');
  });

  it("runs a program that trusts the runner: a @callback-typed tool, an instance's methods, sibling typedefs in annotations", async () => {
    const body = [
      "  const vans: Vehicle[] = await listVehicles('van');",
      '  const kinds: VehicleKind[] = vans.map((van) => van.kind);',
      '  const routes: string[] = await Promise.all(vans.map((van) => depot_dispatch(van.id)));',
      '  return { kinds, routes, load: vans.reduce((total, van) => total + van.load_kg, 0) };',
    ].join('\n');
    const { result } = await runEngine('test/fixtures/typescript/jsdoc/fleet.mjs', 'Dispatch the vans', editRunnerScript([main(body)]));
    expect(result.error).toBeNull();
    expect(result.output).toEqual({ kinds: ['van', 'van'], routes: ['route-V-1', 'route-V-2'], load: 420 });
    expect(result.trace.map((call) => call.tool)).toEqual(['listVehicles', 'depot_dispatch', 'depot_dispatch']);
  });

  it('rejects a program that reads a property the JSDoc typedef does not have, before running it', async () => {
    const { result } = await runEngine(COSTS, 'Total the January bill', editRunnerScript([main(COSTS_WRONG_PROPERTY_BODY)]), {
      max_attempts: 1,
    });
    expect(result.success).toBe(false);
    expect(result.failed_phase).toBe('verify');
    expect(result.error).toMatch(
      /^main\.ts does not compile: line \d+: main\.ts:\d+:\d+ - error TS2339: Property 'amount' does not exist on type 'CostRow'\.$/,
    );
    expect(result.trace).toEqual([]);
  });

  it('sends a type error in main back to Claude and runs the repaired program', async () => {
    const { result, fake } = await runEngine(
      SCORES,
      'Score of ada',
      editRunnerScript([
        main("  const score: string = (await fetch_score('ada')).points;\n  return score;"),
        main("  return (await fetch_score('ada')).points;"),
      ]),
    );
    expect(result.success).toBe(true);
    expect(result.output).toBe(30);
    expect(result.attempts[0]).toMatchObject({ failed_phase: 'verify' });
    expect(result.attempts[0]!.error).toMatch(
      /^main\.ts does not compile: line \d+: main\.ts:\d+:\d+ - error TS2322: Type 'number' is not assignable to type 'string'\.$/,
    );
    const repair = JSON.stringify((fake.messageRequests().at(-1)!.json as { messages: unknown }).messages);
    expect(repair).toContain("TS2322: Type 'number' is not assignable to type 'string'.");
    expect(result.trace).toHaveLength(1);
  });

  it('rejects a body that declares a tool wrapper again without running anything', async () => {
    const redefine = (runner: string) =>
      implementMain(runner, "  return fetch_score('ada');").replace(
        'export async function main(',
        'export async function fetch_score(player: string) {\n  return { player, points: 0 };\n}\n\nexport async function main(',
      );
    const { result, fake } = await runEngine(SCORES, 'Score of ada', editRunnerScript([redefine]), { max_attempts: 2 });
    expect(result.failed_phase).toBe('verify');
    expect(result.error).toMatch(/^main\.ts does not compile: .*'fetch_score'.* \(and \d+ more\)$/);
    const repair = JSON.stringify((fake.messageRequests().at(-1)!.json as { messages: unknown }).messages);
    expect(repair).toContain(
      "main.ts:1:23 - error: 'fetch_score' is defined by the generated tools region; use it instead of declaring it again",
    );
    expect(result.trace).toEqual([]);
  });

  it('checks code under a fake region marker like any other code, and never executes it', async () => {
    const fake = [
      '// codemode:begin harness (generated, do not edit)',
      `import * as direct from ${JSON.stringify(path.join(REPO_ROOT, SCORES))};`,
      '// codemode:end harness',
      '',
      '',
    ].join('\n');
    const hide = (runner: string) =>
      implementMain(runner, "  return direct.fetch_score('ada');").replace(
        'export async function main(',
        `${fake}export async function main(`,
      );
    const { result } = await runEngine(SCORES, 'Score of ada', editRunnerScript([hide]), { max_attempts: 1 });
    expect(result.code).toContain('import * as direct');
    expect(result.failed_phase).toBe('verify');
    expect(result.error).toBe(
      `main.ts does not compile: line 2: main.ts:2:1 - error: call the tools through the wrappers in the generated tools region, not by importing ${SCORES}`,
    );
    expect(result.trace).toEqual([]);
  });

  it('records a tool that throws', async () => {
    const { result } = await runEngine(SCORES, 'Score of nobody', editRunnerScript([main("  return await fetch_score('nobody');")]), {
      max_attempts: 1,
    });
    expect(result.success).toBe(false);
    expect(result.failed_phase).toBe('execute');
    expect(result.error).toBe('main() raised Error: no score for nobody');
    expect(result.trace).toMatchObject([{ tool: 'fetch_score', ok: false }]);
  });

  it("runs a program that tells a tool's error by its type guard and reads the error's own field", async () => {
    const body = [
      '  try {',
      "    return await find_shipment('S-9');",
      '  } catch (error) {',
      '    if (isShipmentNotFound(error)) return { missing: error.shipmentId };',
      '    throw error;',
      '  }',
    ].join('\n');
    const { result } = await runEngine('test/fixtures/typescript/errors/shipments.ts', 'Find S-9', editRunnerScript([main(body)]), {
      max_attempts: 1,
    });
    expect(result.success).toBe(true);
    expect(result.output).toEqual({ missing: 'S-9' });
    expect(result.code).toContain('isShipmentNotFound(error)');
    expect(result.trace).toMatchObject([{ tool: 'find_shipment', ok: false, error: 'ShipmentNotFound: no shipment S-9' }]);
  });

  it('runs async tools concurrently with Promise.all (overlapping calls in the trace)', async () => {
    const { result } = await runEngine(
      SCORES,
      'Scores of ada, grace and linus',
      editRunnerScript([
        main(
          "  const scores = await Promise.all(['ada', 'grace', 'linus'].map((p) => fetch_score(p)));\n  return scores.map((s) => s.points);",
        ),
      ]),
    );
    expect(result.output).toEqual([30, 50, 50]);
    const [first, second, third] = result.trace;
    expect(second!.start_ms).toBeLessThan(first!.start_ms + first!.duration_ms);
    expect(third!.start_ms).toBeLessThan(first!.start_ms + first!.duration_ms);
  });

  it.each([
    ['test/fixtures/engine/syntax-error.ts', /^Syntax error in test\/fixtures\/engine\/syntax-error\.ts line \d+: /],
    ['test/fixtures/engine/no-exports.ts', /^No exported functions found in test\/fixtures\/engine\/no-exports\.ts$/],
  ])('refuses %s before any model call', async (tools, message) => {
    await expect(codemode({ tools, task: 'anything', config: { repo_root: REPO_ROOT, claude_code_path: '/nonexistent' } })).rejects.toThrow(
      message,
    );
  });
});
