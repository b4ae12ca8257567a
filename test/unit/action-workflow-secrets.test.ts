import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { workflowSecretNames } from '../../src/action/workflow-secrets.js';

describe('workflowSecretNames', () => {
  it('reads every workflow of the checkout, and names nothing without one', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'codemode-workflows-'));
    try {
      expect(await workflowSecretNames(root)).toEqual([]);
      const folder = path.join(root, '.github', 'workflows');
      await mkdir(folder, { recursive: true });
      await writeFile(path.join(folder, 'ci.yml'), 'env:\n  GH_PAT: ${{ secrets.GH_PAT }}\n  PLAIN: x\n');
      await writeFile(path.join(folder, 'chore.yaml'), 'env:\n  NOTIFY: ${{ secrets.SLACK }}\n  GH_PAT: ${{ secrets.GH_PAT }}\n');
      await writeFile(path.join(folder, 'notes.md'), 'IGNORED: ${{ secrets.X }}\n');
      expect((await workflowSecretNames(root)).sort()).toEqual(['GH_PAT', 'NOTIFY']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
