import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { toolApiText } from '../../bench/lib/api-text.js';
import { toolDefinitions } from '../../bench/lib/tool-definitions.js';
import { programEnvironment } from '../../src/engine/env.js';
import { extractTools } from '../../src/engine/tools.js';
import { REPO_ROOT } from '../helpers/claude.js';

async function extracted(file: string, repoRoot = REPO_ROOT) {
  return extractTools(file, { repoRoot, env: programEnvironment(process.env) }, { node: process.execPath });
}

describe('bench #6: the TypeScript tool API against JSON tool definitions', () => {
  it('gives each TypeScript tool its result type as output_schema, the named types in $defs', async () => {
    const { module } = await extracted(path.join(REPO_ROOT, 'examples/triage/tools.ts'));
    const definitions = new Map((await toolDefinitions(module)).map((definition) => [definition.name, definition]));
    const listed = definitions.get('list_issues')!.output_schema!;
    expect(listed).toMatchObject({ type: 'array', items: { $ref: '#/$defs/Issue' } });
    expect(listed.$defs).toMatchObject({
      Issue: { type: 'object', properties: { state: { $ref: '#/$defs/IssueState' } }, required: expect.arrayContaining(['created_at']) },
      IssueState: { enum: ['open', 'closed'] },
    });
    expect(definitions.get('suggest_label')!.input_schema.$defs).toHaveProperty('Issue');
    expect(definitions.get('priority_of')!.output_schema).toEqual({ enum: ['low', 'normal', 'high'] });
  });

  it('describes a recursive result type once and refers to it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'codemode-bench-defs-'));
    const file = path.join(dir, 'tools.ts');
    writeFileSync(
      file,
      'export interface Node { name: string; children: Node[] }\nexport function tree(): Node {\n  return { name: "", children: [] };\n}\n',
    );
    const { module } = await extracted(file, dir);
    const [definition] = await toolDefinitions(module);
    expect(definition!.output_schema).toEqual({
      $ref: '#/$defs/Node',
      $defs: {
        Node: {
          type: 'object',
          properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/Node' } } },
          required: ['name', 'children'],
        },
      },
    });
  });

  it('counts the runner’s type imports of the tools module as plumbing, not API', async () => {
    const { language, module } = await extracted(path.join(REPO_ROOT, 'examples/triage/tools.ts'));
    const runner = language.renderRunner(module, 'Use the tools');
    expect(runner.protected_regions[0]!.text).toMatch(/^import type \{ (\w+, )*IssueFilter, Issue\b/m);
    const api = toolApiText(runner);
    expect(api).not.toMatch(/^import /m);
    expect(api).toMatch(/^\/\/ interface Issue \{/m);
  });

  it('counts the Python runner’s loading of the tools module and of its sibling modules’ classes as plumbing', async () => {
    const { language, module } = await extracted(path.join(REPO_ROOT, 'test/fixtures/python/tickets/tools.py'));
    const runner = language.renderRunner(module, 'Use the tools');
    expect(runner.protected_regions[0]!.text).toContain('    Status = _codemode_tools._codemode_import("models", "Status")');
    const api = toolApiText(runner);
    expect(api).not.toMatch(/_codemode_(load|import)\(/);
    expect(api).toMatch(/^# class Status\(Enum\):/m);
  });
});
