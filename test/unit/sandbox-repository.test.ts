import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { execa } from 'execa';
import { describe, expect, it } from 'vitest';

import { findRepositorySecrets, repositoryCredentials } from '../../src/engine/sandbox/repository.js';
import { runnerFolders } from '../../src/engine/sandbox/runner.js';
import { redact } from '../../src/redaction.js';

const PAT = 'github_pat_11AAAAAAA0secondCheckout0123456789';

function repository(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'codemode-repository-')));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const basic = (pair: string) => Buffer.from(pair).toString('base64');

describe('the secrets of a repository', () => {
  it('are every Git folder and file, the folders Git files point to, and credential files, at any depth', () => {
    const root = repository({
      '.git/config': '',
      'vendor/lib/.git/config': '',
      'sub/.git': 'gitdir: ../.git/modules/sub\n',
      '.git/modules/sub/config': '',
      'a/b/c/.npmrc': '',
      '.netrc': '',
      'tools/.pypirc': '',
      '.docker/config.json': '{}',
      'x/.git-credentials': '',
      'src/ordinary.py': '',
    });
    const found = findRepositorySecrets(root);
    const relative = (files: string[]) => files.map((file) => path.relative(root, file)).sort();
    expect(relative(found.gitFolders)).toEqual(['.git', '.git/modules/sub', 'vendor/lib/.git']);
    expect(relative(found.files)).toEqual([
      '.docker/config.json',
      '.netrc',
      'a/b/c/.npmrc',
      'sub/.git',
      'tools/.pypirc',
      'x/.git-credentials',
    ]);
  });

  it('skip the folders the sandbox hides anyway', () => {
    const root = repository({ 'runner-temp/clone/.git/config': '', 'runner-temp/.npmrc': '' });
    expect(findRepositorySecrets(root, [path.join(root, 'runner-temp')])).toEqual({ gitFolders: [], files: [] });
  });

  it('include the credentials of every Git configuration, which every report then redacts', () => {
    const root = repository({
      '.git/config': `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${basic('x-access-token:ghs_rootCheckoutToken01')}\n`,
      'vendor/lib/.git/config': `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${basic(`pat:${PAT}`)}\n`,
      '.git/modules/sub/config': '[http]\n\textraheader = "Authorization: Bearer bearerToken0123456789"\n',
      'other/.git/config': '[remote "origin"]\n\turl = https://someone:urlPassword0123@example.com/repo.git\n',
    });
    const credentials = repositoryCredentials(root);
    expect(credentials).toEqual(
      expect.arrayContaining([
        basic(`pat:${PAT}`),
        `pat:${PAT}`,
        PAT,
        'x-access-token:ghs_rootCheckoutToken01',
        'ghs_rootCheckoutToken01',
        'bearerToken0123456789',
        'urlPassword0123',
      ]),
    );
    const leaked = `token ${PAT}, header ${basic(`pat:${PAT}`)}, decoded pat:${PAT}`;
    expect(redact(leaked, credentials)).not.toMatch(/github_pat|cGF0Om/);
  });
});

describe("a self-hosted runner's own folder", () => {
  it('is RUNNER_ROOT when set', () => {
    expect(runnerFolders({ RUNNER_ROOT: '/opt/actions-runner' }, 1)).toEqual(['/opt/actions-runner']);
  });

  it('is the root of the Runner.Worker process the step descends from', async () => {
    const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'codemode-runner-')));
    mkdirSync(path.join(root, 'bin'));
    const worker = path.join(root, 'bin', 'Runner.Worker');
    copyFileSync('/bin/sh', worker);
    const step = execa(worker, ['-c', 'sleep 30 & echo $!; wait']);
    try {
      const child = await new Promise<number>((resolve) => step.stdout.once('data', (data) => resolve(Number(String(data).trim()))));
      expect(runnerFolders({}, child)).toEqual([root]);
    } finally {
      step.kill('SIGKILL');
    }
    expect(runnerFolders({}, process.pid)).toEqual([]);
  });
});
