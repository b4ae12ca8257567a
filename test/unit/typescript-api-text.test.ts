import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { programEnvironment } from '../../src/engine/env.js';
import { extractTools } from '../../src/engine/tools.js';
import { typescriptReadableApi } from '../../src/engine/typescript/api-text.js';
import { REPO_ROOT } from '../helpers/claude.js';

describe('the TypeScript tool API the model reads', () => {
  it('keeps signatures, documentation and declared types, without imports, helpers or the calls to the host', async () => {
    const context = { repoRoot: REPO_ROOT, env: programEnvironment(process.env) };
    const { language, module } = await extractTools(path.join(REPO_ROOT, 'examples/triage/tools.ts'), context, { node: process.execPath });
    const region = language.renderRunner(module, 'Label issues').protected_regions[0]!.text;
    expect(region).toMatch(/^import /m);
    const api = typescriptReadableApi(region);
    expect(api).not.toMatch(/^import |__codemode|codemode:(begin|end)/m);
    expect(api).toContain('// interface Issue {');
    expect(api).toContain(
      [
        '/** Add a label to an issue.',
        ' * @param issue_number Number of the issue.',
        ' * @param label Name of an existing label. */',
        'export async function add_label(issue_number: number, label: string): Promise<LabelChange> {',
        '}',
      ].join('\n'),
    );
  });
});
