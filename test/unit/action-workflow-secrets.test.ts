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

  it('skips a workflow file over 1 MiB, and reads at most 200 files', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'codemode-workflows-'));
    try {
      const folder = path.join(root, '.github', 'workflows');
      await mkdir(folder, { recursive: true });
      await writeFile(path.join(folder, 'huge.yml'), `env:\n  HUGE: \${{ secrets.HUGE }}\n${'#'.repeat(1024 * 1024)}\n`);
      for (let index = 0; index < 201; index += 1) {
        const name = `w${String(index).padStart(3, '0')}.yml`;
        await writeFile(path.join(folder, name), `env:\n  NAME_${index}: \${{ secrets.S${index} }}\n`);
      }
      const names = await workflowSecretNames(root);
      expect(names).not.toContain('HUGE');
      expect(names).toHaveLength(199);
      expect(names).toContain('NAME_198');
      expect(names).not.toContain('NAME_199');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
