import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { languageFor } from '../../src/engine/registry.js';
import type { ToolModule, ToolSpec } from '../../src/engine/types.js';
import { DECLARATIONS_CAP } from '../../src/engine/typescript/runner-types.js';
import { COSTS_MAIN_BODY, COSTS_WRONG_PROPERTY_BODY } from '../../testing/mains/typescript.js';
import { checkRunner, CONTEXT, extract, REPO_ROOT, writeRunner } from '../fixtures/typescript/runner.js';

function tool(module: ToolModule, name: string): ToolSpec {
  const found = module.tools.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no tool ${name} in ${module.tools.map((t) => t.name).join(', ')}`);
  return found;
}

/** Over a line long with its doc comment: shown a member per line. */
const FORECAST = [
  '/** Internal result shape: not exported, so the runner receives a copy. */',
  'interface Forecast {',
  '  place: Coordinates;',
  '  days: DayForecast[];',
  '}',
].join('\n');

describe('TypeScript extraction', () => {
  describe('forms of exported functions', async () => {
    const module = await extract('test/fixtures/typescript/forms/tools.ts');

    it('lists tools declared in the module in source order, then re-exported ones, and skips values and the default export', () => {
      expect(module.tools.map((spec) => spec.name)).toEqual([
        'greet',
        'sum',
        'forecast',
        'classify',
        'lookup',
        'distance',
        'to_fahrenheit',
      ]);
      expect(module.language).toBe('typescript');
      expect(module.relative_path).toBe('test/fixtures/typescript/forms/tools.ts');
    });

    it('reads an exported function with JSDoc summary, @param text and a default', () => {
      expect(tool(module, 'greet')).toEqual({
        name: 'greet',
        params: [
          { name: 'name', kind: 'positional_or_keyword', annotation: 'string', default: null, doc: 'Who to greet.' },
          { name: 'punctuation', kind: 'positional_or_keyword', annotation: 'string', default: "'!'", doc: 'Trailing mark.' },
        ],
        returns: 'string',
        doc: 'Greets someone.',
        async: false,
        note: null,
        untyped: [],
      });
    });

    it('reads an arrow function const with a rest parameter and an inferred return type', () => {
      const sum = tool(module, 'sum');
      expect(sum.params).toEqual([{ name: 'values', kind: 'var_positional', annotation: 'number[]', default: null, doc: null }]);
      expect(sum.returns).toBe('number');
      expect(sum.doc).toBe('Adds numbers.');
    });

    it('reads an async function expression; an optional parameter gets default "undefined"', () => {
      const forecast = tool(module, 'forecast');
      expect(forecast.async).toBe(true);
      expect(forecast.returns).toBe('Promise<Forecast>');
      expect(forecast.params[1]).toEqual({
        name: 'days',
        kind: 'positional_or_keyword',
        annotation: 'number',
        default: 'undefined',
        doc: null,
      });
    });

    it('follows re-exports, renamed and star', () => {
      expect(tool(module, 'distance').params.map((param) => param.annotation)).toEqual(['Coordinates', 'Coordinates']);
      expect(tool(module, 'distance').doc).toBe('Great-circle distance in kilometres.');
      expect(tool(module, 'to_fahrenheit').returns).toBe('number');
    });

    it('renders the interfaces, aliases and enums the signatures use, transitively, on one line when short', () => {
      expect(module.declarations).toEqual([
        'interface Coordinates { lat: number; lon: number; }',
        FORECAST,
        'type DayForecast = { day: number; summary: string; };',
        "enum Severity { Info = 'info', Warning = 'warning' }",
      ]);
    });

    it('imports exported types into the runner and copies unexported ones', () => {
      expect(module.data.prelude).toEqual([
        `import type { Coordinates } from ${JSON.stringify(path.join(CONTEXT.repoRoot, 'test/fixtures/typescript/forms/geo.ts'))};`,
        `const Severity = { "Info": "info", "Warning": "warning" } as unknown as typeof import(${JSON.stringify(module.path)}).Severity;\ntype Severity = import(${JSON.stringify(module.path)}).Severity;`,
        'type DayForecast = { day: number; summary: string; };',
        FORECAST,
      ]);
    });

    it('reads a tool object with a zod schema as one args parameter, noting what it cannot render', () => {
      expect(module.data.tool_objects).toEqual(['lookup']);
      expect(tool(module, 'lookup')).toEqual({
        name: 'lookup',
        params: [
          {
            name: 'args',
            kind: 'positional_or_keyword',
            annotation:
              "{ /** City name */ city: string; country?: string; limit?: number; kind: 'capital' | 'any'; tags: (string | number)[] | null; extra: unknown }",
            default: null,
            doc: null,
          },
        ],
        returns: 'Promise<{ city: string; limit: number; }>',
        doc: 'Look up a city by name.',
        async: true,
        note: 'schema `z.custom<string>()` is shown as unknown',
        untyped: [],
      });
    });
  });

  it('reads JSDoc types of a JavaScript module', async () => {
    const module = await extract('examples/js/tools.mjs');
    expect(
      module.tools.map((spec) => [
        spec.name,
        spec.params.map((param) => [param.name, param.annotation, param.default]),
        spec.returns,
        spec.async,
      ]),
    ).toEqual([
      ['get_weather', [['city', 'string', null]], 'Promise<{ city: string; temperature_c: number; conditions: string; }>', true],
      [
        'convert_temperature',
        [
          ['value', 'number', null],
          ['to', '"C" | "F" | undefined', "'F'"],
        ],
        'number',
        false,
      ],
    ]);
    expect(module.tools[0]?.params[0]?.doc).toBe('City name, e.g. "Paris".');
  });

  it('reads the triage example, with its relative helper import', async () => {
    const module = await extract('examples/triage/tools.ts');
    expect(
      module.tools.map(
        (spec) =>
          `${spec.name}(${spec.params.map((param) => `${param.name}: ${String(param.annotation)}`).join(', ')}): ${String(spec.returns)}`,
      ),
    ).toEqual([
      'list_issues(filter: IssueFilter): Promise<Issue[]>',
      'get_labels(): Label[]',
      'suggest_label(issue: Issue): LabelSuggestion',
      'add_label(issue_number: number, label: string): Promise<LabelChange>',
      'priority_of(issue: Issue): Priority',
    ]);
    expect(module.declarations).toContain(
      [
        '/** A GitHub issue. */',
        'interface Issue {',
        '  number: number;',
        '  title: string;',
        '  body: string;',
        '  state: IssueState;',
        '  labels: string[];',
        '  author: string;',
        '  /** ISO 8601 timestamp. */',
        '  created_at: string;',
        '}',
      ].join('\n'),
    );
  });

  it('lays a long declaration out a member per line without changing its meaning: separators, comments and template literal types', async () => {
    const { repoRoot, write } = await scratchRepo();
    await write(
      'shapes.ts',
      [
        '/**',
        ' * A labelled box.',
        ' *   Sides in cm.',
        ' */',
        'interface Box {',
        '  side: number',
        '  // a line comment */ with a closer',
        '  label: `box  ${string}  end`',
        '  inner: { a: number',
        '    b: `${number}px` }',
        '}',
        'export function describe_box(box: Box): string { return box.label; }',
        '',
      ].join('\n'),
    );
    const module = await extract('shapes.ts', { ...CONTEXT, repoRoot });
    const readable = [
      '/** A labelled box. Sides in cm. */',
      'interface Box {',
      '  side: number;',
      '  /* a line comment * / with a closer */',
      '  label: `box  ${string}  end`;',
      '  inner: {',
      '    a: number;',
      '    b: `${number}px`;',
      '  };',
      '}',
    ].join('\n');
    expect(module.declarations).toEqual([readable]);
    expect(module.data.prelude).toEqual([readable]);
    const runner = await writeRunner(
      'shapes.ts',
      'task',
      "  return describe_box({ side: 1, label: 'box  a  end', inner: { a: 1, b: '2px' } });",
      { ...CONTEXT, repoRoot },
    );
    expect(await checkRunner(runner, { ...CONTEXT, repoRoot })).toEqual([]);
  });

  it('shows a class the signatures use as its public shape', async () => {
    const { repoRoot, write } = await scratchRepo();
    await write(
      'counter.ts',
      [
        '/** A counter. */',
        'export class Counter {',
        '  /** Current value. */',
        '  value = 0;',
        '  label: string = "count";',
        '  private secret = 1;',
        '  #hidden = 2;',
        '  constructor(start: number) {',
        '    this.value = start;',
        '  }',
        '  /** Adds some. */',
        '  increment(by = 1): number {',
        '    return (this.value += by);',
        '  }',
        '  get double(): number {',
        '    return this.value * 2;',
        '  }',
        '}',
        'export function make_counter(start: number): Counter { return new Counter(start); }',
        '',
      ].join('\n'),
    );
    const module = await extract('counter.ts', { ...CONTEXT, repoRoot });
    expect(module.declarations).toEqual([
      [
        '/** A counter. */',
        'class Counter {',
        '  /** Current value. */',
        '  value = 0;',
        '  label: string;',
        '  constructor(start: number);',
        '  /** Adds some. */',
        '  increment(by = 1): number;',
        '  get double(): number;',
        '}',
      ].join('\n'),
    ]);
  });

  describe('types shown to the model', () => {
    const COSTS = 'test/fixtures/typescript/jsdoc/costs.mjs';

    it('resolves JSDoc typedefs, callbacks, templates and import() types to the types they name in the signatures', async () => {
      const module = await extract(COSTS);
      expect(module.tools.map((spec) => [spec.name, spec.params.map((param) => param.annotation), spec.returns, spec.note])).toEqual([
        ['cost_rows', ['string'], 'Promise<CostRow[]>', null],
        ['first_page', [], 'Page<CostRow>', null],
        ['folders', [], 'Folder', null],
        ['keep_rows', ['RowFilter'], 'CostRow[]', null],
        ['check_budget', ['Budget', 'number'], 'Verdict', null],
        ['legacy_pick', ['any', 'any'], 'any', null],
      ]);
      const budget = path.join(REPO_ROOT, 'test/fixtures/typescript/jsdoc/budget.mjs');
      expect(module.data.prelude).toEqual([
        `import type { Stage, CostRow, Page, Folder, RowFilter } from ${JSON.stringify(module.path)};`,
        `import type { Budget, Owner, Verdict } from ${JSON.stringify(budget)};`,
      ]);
      const [toolsRegion] = (await languageFor(COSTS)).renderRunner(module, 'task').protected_regions;
      expect(toolsRegion?.text).toContain('export async function cost_rows(month: string): Promise<CostRow[]> {');
      expect(toolsRegion?.text).not.toMatch(/ReturnType<|Parameters<|import\(/);
    });

    it('shows each type a signature reaches once, as TypeScript: properties with their docs, nested, recursive, from another file', async () => {
      const module = await extract(COSTS);
      expect(module.declarations).toEqual([
        [
          '/** One line of the bill. */',
          'interface CostRow {',
          '  /** Service name. */',
          '  service: string;',
          '  /** Amount in cents, not dollars. */',
          '  cents: number;',
          '  /** Stages the service ran in. */',
          '  stages?: Stage[];',
          '  /** Where it ran. */',
          '  location: { region: string; zone: string | null; };',
          '}',
        ].join('\n'),
        'type Stage = "prod" | "staging";',
        [
          'interface Page<T> {',
          "  /** This page's items. */",
          '  items: T[];',
          '  /** Cursor of the next page, or null on the last one. */',
          '  next: string | null;',
          '}',
        ].join('\n'),
        '/** A folder of services and its subfolders. */ type Folder = { name: string; children: Folder[]; };',
        '/** Decides whether a row counts. @param row The row to look at. */\ntype RowFilter = (row: CostRow) => boolean;',
        [
          '/** A spending limit. */',
          'interface Budget {',
          '  /** Most that may be spent, in cents. */',
          '  limit_cents: number;',
          '  /** Who answers for it. */',
          '  owner: Owner;',
          '}',
        ].join('\n'),
        'type Owner = { team: string; on_call: Budget | null; };',
        'type Verdict = "under" | "over";',
      ]);
    });

    it('type-checks a program against the typedefs of the real module, and rejects a property they do not have', async () => {
      expect(await checkRunner(await writeRunner(COSTS, 'task', COSTS_MAIN_BODY))).toEqual([]);
      const wrong = await checkRunner(await writeRunner(COSTS, 'task', COSTS_WRONG_PROPERTY_BODY));
      expect(wrong.map((diagnostic) => diagnostic.message)).toEqual([
        expect.stringMatching(/^agentRunner\.ts:\d+:\d+ - error TS2339: Property 'amount' does not exist on type 'CostRow'\.$/),
      ]);
    });

    it('flags untyped JavaScript parameters and results', async () => {
      const module = await extract(COSTS);
      expect(module.tools.map((spec) => [spec.name, spec.untyped])).toEqual([
        ['cost_rows', []],
        ['first_page', []],
        ['folders', []],
        ['keep_rows', []],
        ['check_budget', []],
        ['legacy_pick', ['rows', 'index', 'return']],
      ]);
    });

    it('flags TypeScript parameters typed any or not at all, untyped rest parameters and results that are any', async () => {
      const { repoRoot, write } = await scratchRepo();
      await write(
        'loose.ts',
        [
          'export function parse(text: any, strict, limit = 3): unknown { return [text, strict, limit]; }',
          'export async function fetch_raw(url: string): Promise<any> { return url; }',
          'export function gather(...items) { return items.length; }',
          'export function tidy(value: string): string { return value.trim(); }',
          '',
        ].join('\n'),
      );
      const module = await extract('loose.ts', { ...CONTEXT, repoRoot });
      expect(module.tools.map((spec) => [spec.name, spec.untyped])).toEqual([
        ['parse', ['text', 'strict']],
        ['fetch_raw', ['return']],
        ['gather', ['items']],
        ['tidy', []],
      ]);
    });

    it('shows TypeScript interfaces, aliases and enums reached through nested and recursive types once each', async () => {
      const { repoRoot, write } = await scratchRepo();
      await write(
        'lib/tree.ts',
        [
          '/** A node of the tree. */',
          'export interface TreeNode { label: string; kind: Kind; children: TreeNode[]; parent: Parent }',
          'export type Parent = TreeNode | null;',
          'export enum Kind { Leaf = "leaf", Branch = "branch" }',
          '',
        ].join('\n'),
      );
      await write(
        'tools.ts',
        "import type { TreeNode } from './lib/tree.ts';\nexport function root(): TreeNode { throw new Error('none'); }\n",
      );
      const module = await extract('tools.ts', { ...CONTEXT, repoRoot });
      expect(module.tools[0]?.returns).toBe('TreeNode');
      expect(module.declarations).toEqual([
        [
          '/** A node of the tree. */',
          'interface TreeNode {',
          '  label: string;',
          '  kind: Kind;',
          '  children: TreeNode[];',
          '  parent: Parent;',
          '}',
        ].join('\n'),
        'enum Kind { Leaf = "leaf", Branch = "branch" }',
        'type Parent = TreeNode | null;',
      ]);
    });

    it('makes every type it shows usable in annotations in main: interfaces, aliases, unions, enums, generic instantiations', async () => {
      const { repoRoot, write } = await scratchRepo();
      await write(
        'ci/types.ts',
        [
          'export type RunStatus = "queued" | "running" | "done";',
          'export interface Trigger { actor: string; event: RunEvent }',
          'type RunEvent = "push" | "schedule";',
          'export enum TestOutcome { Passed = "passed", Failed = "failed" }',
          'export enum Priority { Low, High = 5 }',
          'export interface Page<T> { items: T[]; next: string | null }',
          'export interface Run { id: number; status: RunStatus; trigger: Trigger; outcomes: TestOutcome[]; steps: Page<Step>; priority: Priority }',
          'interface Step { name: string }',
          '',
        ].join('\n'),
      );
      await write(
        'ci/tools.ts',
        [
          "import type { Page, Run } from './types.ts';",
          'interface Summary { total: number; latest: Page<Run> }',
          'export async function runs(): Promise<Page<Run>> { return { items: [], next: null }; }',
          'export function summary(): Summary { return { total: 0, latest: { items: [], next: null } }; }',
          '',
        ].join('\n'),
      );
      const context = { ...CONTEXT, repoRoot };
      const module = await extract('ci/tools.ts', context);
      const shown = module.declarations.map((declaration) => /(?:interface|type|enum) (\w+)/.exec(declaration)?.[1]);
      expect(shown.sort()).toEqual(['Page', 'Priority', 'Run', 'RunEvent', 'RunStatus', 'Step', 'Summary', 'TestOutcome', 'Trigger']);
      const body = [
        '  const page: Page<Run> = await runs();',
        '  const statuses: RunStatus[] = page.items.map((run) => run.status);',
        '  const triggers: Trigger[] = page.items.map((run) => run.trigger);',
        '  const events: RunEvent[] = triggers.map((trigger) => trigger.event);',
        '  const outcomes: TestOutcome[] = page.items.flatMap((run) => run.outcomes);',
        '  const steps: Page<Step>[] = page.items.map((run) => run.steps);',
        '  const total: Summary = summary();',
        '  const failed = outcomes.filter((outcome) => outcome === TestOutcome.Failed).length;',
        '  const urgent = page.items.filter((run) => run.priority === Priority.High).map((run) => Priority[run.priority]);',
        '  return { statuses, events, outcomes, steps, total, failed, urgent };',
      ].join('\n');
      expect(await checkRunner(await writeRunner('ci/tools.ts', 'task', body, context), context)).toEqual([]);
    });

    it('shows a type the tools module and a sibling module both declare once', async () => {
      const { repoRoot, write } = await scratchRepo();
      await write(
        'models.mjs',
        "/** @typedef {'van' | 'truck'} VehicleKind */\n/** @typedef {{ id: string, kind: VehicleKind }} Vehicle */\nexport {};\n",
      );
      await write(
        'tools.mjs',
        [
          "/** @typedef {'van' | 'truck'} VehicleKind */",
          '/**',
          ' * @param {VehicleKind} kind',
          " * @returns {Promise<import('./models.mjs').Vehicle[]>}",
          ' */',
          'export async function list(kind) { return [{ id: "1", kind }]; }',
          '',
        ].join('\n'),
      );
      const module = await extract('tools.mjs', { ...CONTEXT, repoRoot });
      expect(module.declarations).toEqual(['type VehicleKind = "van" | "truck";', 'type Vehicle = { id: string; kind: VehicleKind; };']);
    });

    it('caps the declarations shown and names the types it cut', async () => {
      const { repoRoot, write } = await scratchRepo();
      const fields = Array.from(
        { length: 12 },
        (_, index) => `  /** Field number ${index} of the record. */\n  field_${index}: string;`,
      ).join('\n');
      const records = Array.from({ length: 30 }, (_, index) => `export interface Record${index} {\n${fields}\n}`);
      const union = Array.from({ length: 30 }, (_, index) => `Record${index}`).join(' | ');
      await write('many.ts', [...records, `export function load(): ${union} { throw new Error('none'); }`, ''].join('\n'));
      const module = await extract('many.ts', { ...CONTEXT, repoRoot });
      const shown = module.declarations.slice(0, -1);
      expect(shown.join('').length).toBeLessThanOrEqual(DECLARATIONS_CAP);
      expect(shown.length).toBeGreaterThan(0);
      const cut = Array.from({ length: 30 - shown.length }, (_, index) => `Record${shown.length + index}`);
      expect(module.declarations.at(-1)).toBe(
        `${cut.length} more types not shown (over ${DECLARATIONS_CAP} characters): ${cut.join(', ')}.`,
      );
      const runner = await writeRunner('many.ts', 'task', undefined, { ...CONTEXT, repoRoot });
      expect(runner.text).toContain(
        `\n// ${cut.length} more types not shown (over ${DECLARATIONS_CAP} characters): Record${shown.length}, `,
      );
      expect(await checkRunner(runner, { ...CONTEXT, repoRoot })).toEqual([]);
    });
  });

  it('serves an exported function value typed by a JSDoc @callback, a type annotation or satisfies', async () => {
    const { repoRoot, write } = await scratchRepo();
    await write(
      'fleet.mjs',
      [
        '/** @typedef {{ id: string, kind: "van" | "truck" }} Vehicle */',
        '/**',
        ' * Lists the vehicles of a depot.',
        ' * @callback ListVehicles',
        ' * @param {string} depot - The depot code.',
        ' * @returns {Promise<Vehicle[]>}',
        ' */',
        '/** @type {ListVehicles} */',
        'export const listVehicles = async (depot) => [{ id: depot, kind: "van" }];',
        'const logged = (fn) => fn;',
        '/** @type {ListVehicles} */',
        'export const listLogged = logged(listVehicles);',
        '',
      ].join('\n'),
    );
    const fleet = await extract('fleet.mjs', { ...CONTEXT, repoRoot });
    expect(
      fleet.tools.map((spec) => [spec.name, spec.params.map((param) => [param.name, param.annotation, param.doc]), spec.returns]),
    ).toEqual([
      ['listVehicles', [['depot', 'string', 'The depot code.']], 'Promise<Vehicle[]>'],
      ['listLogged', [['depot', 'string', 'The depot code.']], 'Promise<Vehicle[]>'],
    ]);
    expect(fleet.tools[0]?.doc).toBe('Lists the vehicles of a depot.');
    expect(fleet.declarations).toEqual(['type Vehicle = { id: string; kind: "van" | "truck"; };']);
    const runner = await writeRunner('fleet.mjs', 'task', "  const vans: Vehicle[] = await listVehicles('north');\n  return vans;", {
      ...CONTEXT,
      repoRoot,
    });
    expect(await checkRunner(runner, { ...CONTEXT, repoRoot })).toEqual([]);

    await write(
      'typed.ts',
      [
        'export interface Vehicle { id: string }',
        'type Lister = (depot: string) => Promise<Vehicle[]>;',
        'export const annotated: Lister = async (depot) => [{ id: depot }];',
        'export const checked = (async (depot: string): Promise<Vehicle[]> => [{ id: depot }]) satisfies Lister;',
        '',
      ].join('\n'),
    );
    const typed = await extract('typed.ts', { ...CONTEXT, repoRoot });
    expect(typed.tools.map((spec) => [spec.name, spec.params.map((param) => param.annotation), spec.returns])).toEqual([
      ['annotated', ['string'], 'Promise<Vehicle[]>'],
      ['checked', ['string'], 'Promise<Vehicle[]>'],
    ]);
  });

  it('takes types it cannot name in the runner from the tools module, with a note', async () => {
    const { repoRoot, write } = await scratchRepo();
    await write(
      'pkg.ts',
      'namespace Shapes { export interface Box { side: number } }\nexport function area(box: Shapes.Box): number { return box.side ** 2; }\n',
    );
    const module = await extract('pkg.ts', { ...CONTEXT, repoRoot });
    expect(module.tools[0]?.params[0]?.annotation).toBe('Parameters<typeof __codemodeTools.area>[0]');
    expect(module.tools[0]?.note).toBe('parameter box has type `Shapes.Box`, which the runner takes from the tools module');
  });

  it('notes the types a tool makes the runner show that the runner can neither import nor declare', async () => {
    const { repoRoot, write } = await scratchRepo();
    await write(
      'jobs.ts',
      [
        'enum Level { Low, High }',
        'class Owner { constructor(public name: string) {} }',
        'export interface Job { level: Level; owner: Owner }',
        'export function jobs(): Job[] { return []; }',
        'export function count(): number { return 0; }',
        '',
      ].join('\n'),
    );
    const module = await extract('jobs.ts', { ...CONTEXT, repoRoot });
    expect(module.tools.map((spec) => [spec.name, spec.returns, spec.note])).toEqual([
      [
        'jobs',
        'Job[]',
        'shows `Level`, `Owner`, which the runner can neither import nor declare (not exported), so main() cannot name them',
      ],
      ['count', 'number', null],
    ]);
  });

  it('writes a generic tool with its type parameters, from TypeScript or JSDoc @template', async () => {
    const { repoRoot, write } = await scratchRepo();
    await write(
      'pick.ts',
      'export interface Named { name: string }\nexport function first<T extends Named = Named>(items: T[]): T { return items[0]!; }\n',
    );
    await write(
      'pick.mjs',
      '/**\n * @template T\n * @param {T[]} items\n * @returns {T | undefined}\n */\nexport function last(items) { return items.at(-1); }\n',
    );
    const typed = await extract('pick.ts', { ...CONTEXT, repoRoot });
    expect(typed.data.type_parameters).toEqual({ first: '<T extends Named = Named>' });
    expect(typed.tools[0]).toMatchObject({ params: [{ name: 'items', annotation: 'T[]' }], returns: 'T', note: null });
    const documented = await extract('pick.mjs', { ...CONTEXT, repoRoot });
    expect(documented.data.type_parameters).toEqual({ last: '<T>' });
    expect(documented.tools[0]).toMatchObject({ params: [{ name: 'items', annotation: 'T[]' }], returns: 'T | undefined', note: null });
  });

  it('finds the error classes of a JavaScript module: exported, or named by a @throws it can resolve, never a plain class', async () => {
    const { repoRoot, write } = await scratchRepo();
    await write('errors.mjs', "export class Busy extends Error {\n  name = 'Busy';\n}\n");
    await write(
      'parcels.mjs',
      [
        "import { Busy } from './errors.mjs';",
        'export class Parcel {}',
        'class Lost extends Error {}',
        'export class Damaged extends Lost {',
        '  /** @param {string} parcel */',
        '  constructor(parcel) {',
        '    super(parcel);',
        '    this.parcel = parcel;',
        '  }',
        '}',
        '/**',
        ' * @param {string} id',
        ' * @throws {Busy} when the depot is busy',
        ' * @throws {Lost} never resolvable in the runner: not exported',
        ' * @throws {Missing} not a name the checker knows',
        ' */',
        'export function collect(id) { throw new Busy(id); }',
        'export function isDamaged() { return false; }',
      ].join('\n'),
    );
    const module = await extract('parcels.mjs', { ...CONTEXT, repoRoot });
    expect(module.data.error_classes).toEqual([{ name: 'Busy', type: 'Busy' }]);
  });

  describe('rejects', () => {
    it('a missing module', async () => {
      await expect(extract('examples/missing.ts')).rejects.toThrow(/^Tools module not found: examples\/missing\.ts$/);
    });

    it('an unsupported extension', async () => {
      await expect(languageFor('examples/tools.rb')).rejects.toThrow(
        /^Unsupported tools module extension '\.rb': expected \.py, \.ts, \.mts, \.js or \.mjs$/,
      );
    });

    it('a module with a syntax error', async () => {
      const { repoRoot, write } = await scratchRepo();
      await write('examples/x.ts', 'export function ok(): number {\n  return 1;\n}\nexport const broken = (a: number) => a +;\n');
      await expect(extract('examples/x.ts', { ...CONTEXT, repoRoot })).rejects.toThrow(
        /^Syntax error in examples\/x\.ts line 4: Expression expected\.$/,
      );
    });

    it('a module without exported functions', async () => {
      const { repoRoot, write } = await scratchRepo();
      await write('values.ts', 'export const answer = 42;\nfunction hidden(): void {}\n');
      await expect(extract('values.ts', { ...CONTEXT, repoRoot })).rejects.toThrow(/^No exported functions found in values\.ts$/);
    });

    it('a module that only has a default export', async () => {
      const { repoRoot, write } = await scratchRepo();
      await write('default.ts', 'export default function tool(): number { return 1; }\n');
      await expect(extract('default.ts', { ...CONTEXT, repoRoot })).rejects.toThrow(
        /^default\.ts exports only a default export; export named functions$/,
      );
    });

    it('a tool named main', async () => {
      const { repoRoot, write } = await scratchRepo();
      await write('main.ts', 'export function main(): number { return 1; }\n');
      await expect(extract('main.ts', { ...CONTEXT, repoRoot })).rejects.toThrow(
        /^main\.ts exports a tool named 'main', a name the generated runner reserves; rename it$/,
      );
    });
  });
});

async function scratchRepo(): Promise<{ repoRoot: string; write: (file: string, text: string) => Promise<void> }> {
  const repoRoot = await mkdtemp(path.join(os.tmpdir(), 'codemode-ts-repo-'));
  return {
    repoRoot,
    write: async (file, text) => {
      await mkdir(path.dirname(path.join(repoRoot, file)), { recursive: true });
      await writeFile(path.join(repoRoot, file), text);
    },
  };
}
