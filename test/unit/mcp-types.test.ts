import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { execa } from 'execa';
import { describe, expect, it } from 'vitest';

import { mcpApi } from '../../src/engine/mcp/api.js';
import type { McpServerConnection } from '../../src/engine/mcp/client.js';
import { identifier, uniqueIdentifiers } from '../../src/engine/mcp/names.js';
import { pythonMcp } from '../../src/engine/python/mcp.js';
import { typescriptMcp } from '../../src/engine/typescript/mcp.js';

const orderSchema = {
  type: 'object',
  title: 'Ignored root title',
  properties: {
    customer: { type: 'object', properties: { name: { type: 'string' }, tier: { enum: ['gold', 'silver'] } }, required: ['name'] },
    lines: { type: 'array', items: { $ref: '#/$defs/Line' } },
    note: { type: 'string', description: 'Free text */ console.log("escaped")' },
    external: { $ref: 'https://example.com/schemas/address.json' },
  },
  required: ['customer', 'lines'],
  $defs: {
    Line: { type: 'object', properties: { sku: { type: 'string' }, quantity: { type: 'integer' } }, required: ['sku', 'quantity'] },
  },
};

function server(
  name: string,
  tools: { name: string; inputSchema?: object; outputSchema?: object; description?: string }[],
): McpServerConnection {
  return {
    name,
    client: undefined as never,
    inFlight: new Set(),
    tools: tools.map((tool) => ({
      name: tool.name,
      description: tool.description ?? '',
      inputSchema: (tool.inputSchema ?? { type: 'object' }) as Record<string, unknown>,
      outputSchema: (tool.outputSchema ?? null) as Record<string, unknown> | null,
    })),
  };
}

/** Type-checks the rendered API with a program that uses it, under strict settings; returns tsc's output. */
async function typeCheck(source: string, program: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mcp-types-'));
  const declare = 'declare function __codemodeCall(tool: string, args: readonly unknown[], asynchronous: boolean): never;';
  await writeFile(path.join(dir, 'runner.ts'), `${declare}\n${source}\nexport async function main() {\n${program}\n}\n`);
  const tsc = path.resolve('node_modules/typescript/bin/tsc');
  const { stdout } = await execa(
    process.execPath,
    [
      tsc,
      '--noEmit',
      '--strict',
      '--exactOptionalPropertyTypes',
      '--isolatedModules',
      '--target',
      'es2022',
      '--module',
      'esnext',
      'runner.ts',
    ],
    {
      cwd: dir,
      reject: false,
    },
  );
  return stdout;
}

describe('MCP names', () => {
  it.each([
    ['create_issue', 'createIssue', 'create_issue'],
    ['get-sum', 'getSum', 'get_sum'],
    ['getStructuredContent', 'getStructuredContent', 'get_structured_content'],
    ['delete', 'delete_', 'delete'],
    ['class', 'class_', 'class_'],
    ['import', 'import_', 'import_'],
    ['list', 'list', 'list_'],
    ['console', 'console_', 'console'],
    ['3d-print', '_3dPrint', '_3d_print'],
    ['__codemodeCall', 'codemodeCall', 'codemode_call'],
    ['!!!', 'tool', 'tool'],
  ])('%s is %s in TypeScript and %s in Python', (name, typescript, python) => {
    expect(identifier(name, typescriptMcp.names)).toBe(typescript);
    expect(identifier(name, pythonMcp.names)).toBe(python);
  });

  it('numbers names that collide with each other or with a taken one', () => {
    expect(uniqueIdentifiers(['get-sum', 'get_sum', 'getSum'], typescriptMcp.names)).toEqual(['getSum', 'getSum2', 'getSum3']);
    expect(uniqueIdentifiers(['github'], typescriptMcp.names, new Set(['github']))).toEqual(['github2']);
  });
});

describe('MCP tools as TypeScript', () => {
  it('types nested objects, enums, arrays, optional fields and $defs, and leaves external $refs open', async () => {
    const api = mcpApi(
      [
        server('shop', [
          {
            name: 'place-order',
            description: 'Places an order. */ alert(1)',
            inputSchema: orderSchema,
            outputSchema: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
          },
          { name: 'delete', inputSchema: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } },
        ]),
        server('console', [{ name: 'ping' }]),
      ],
      typescriptMcp.names,
      new Set(),
    );
    const source = await typescriptMcp.render(api);
    expect(source).toContain('export const shop = {');
    expect(source).toContain('export const console_ = {');
    expect(source).toContain('placeOrder(args: shop.placeOrder.Input): Promise<shop.placeOrder.Output> {');
    expect(source).toContain('delete_(args: shop.delete_.Input): Promise<McpContent> {');
    expect(source).toContain('ping(args?: console_.ping.Input): Promise<McpContent> {');
    expect(source).toContain('Places an order. *\\/ alert(1)');
    expect(source).not.toContain('Ignored root title');

    const valid = [
      "  const order = await shop.placeOrder({ customer: { name: 'Ada', tier: 'gold' }, lines: [{ sku: 'x', quantity: 2 }], external: 42 });",
      '  const id: string = order.id;',
      '  await shop.delete_({ id });',
      '  const pong: McpContent = await console_.ping();',
      '  console.log(pong);',
    ].join('\n');
    expect(await typeCheck(source, valid)).toBe('');

    const invalid = [
      "  await shop.placeOrder({ customer: { name: 'Ada', tier: 'bronze' }, lines: [] });",
      "  await shop.placeOrder({ customer: { name: 'Ada' }, lines: [{ sku: 'x' }] });",
      "  await shop.placeOrder({ customer: { name: 'Ada' }, lines: [], colour: 'red' });",
      '  await shop.delete_({});',
    ].join('\n');
    const errors = await typeCheck(source, invalid);
    expect(errors).toContain(`Type '"bronze"' is not assignable to type '"gold" | "silver"'`);
    expect(errors).toContain("Property 'quantity' is missing");
    expect(errors).toContain("'colour' does not exist in type 'Input'");
    expect(errors).toContain("Property 'id' is missing");
  });
});

describe('MCP tools as Python', () => {
  it('declares TypedDicts for nested objects, enums, arrays, optional fields and $defs, with keyword property names', async () => {
    const api = mcpApi(
      [
        server('shop', [
          { name: 'place-order', inputSchema: orderSchema },
          { name: 'import', inputSchema: { type: 'object', properties: { class: { type: 'string' } }, required: ['class'] } },
        ]),
      ],
      pythonMcp.names,
      new Set(),
    );
    const source = await pythonMcp.render(api);
    expect(source).toContain(
      'PlaceOrderInputCustomer = TypedDict("PlaceOrderInputCustomer", {"name": str, "tier": NotRequired[Literal["gold", "silver"]]})',
    );
    expect(source).toContain('PlaceOrderInputLine = TypedDict("PlaceOrderInputLine", {"sku": str, "quantity": int})');
    expect(source).toContain('"lines": list[PlaceOrderInputLine], "note": NotRequired[str], "external": NotRequired[Any]');
    expect(source).toContain('def import_(args: shop.ImportInput) -> str | list[dict[str, Any]]:');
    expect(source).toContain('ImportInput = TypedDict("ImportInput", {"class": str})');
    const program = [
      'from __future__ import annotations',
      'calls = []',
      'def _codemode_call(name, args, kwargs):',
      '    calls.append((name, args))',
      '    return {"id": "o-1"}',
      source,
      'shop.place_order({"customer": {"name": "Ada"}, "lines": [{"sku": "x", "quantity": 2}]})',
      'shop.import_({"class": "gold"})',
      'print(calls)',
    ].join('\n');
    const { stdout } = await execa('python3', ['-c', program]);
    expect(stdout).toBe(
      `[('shop.place_order', ({'customer': {'name': 'Ada'}, 'lines': [{'sku': 'x', 'quantity': 2}]},)), ('shop.import_', ({'class': 'gold'},))]`,
    );
  });
});
