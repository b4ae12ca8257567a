import { mkdtemp, readdir, realpath, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { execa } from 'execa';
import { afterAll, expect, it } from 'vitest';

import { REPO_ROOT } from './runner.js';

/** What a machine without bubblewrap, and without the means to install it, lacks. */
const HIDDEN = new Set(['bwrap', 'apt-get', 'sudo']);

const mirrors: string[] = [];
afterAll(() => Promise.all(mirrors.map((folder) => rm(folder, { recursive: true, force: true }))));

/** This PATH with every folder holding a hidden command replaced by links to everything else in it. */
async function pathWithout(hidden: Set<string>): Promise<string> {
  const folders: string[] = [];
  const seen = new Set<string>();
  for (const folder of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const real = await realpath(folder).catch(() => null);
    if (real === null || seen.has(real)) continue;
    seen.add(real);
    const names = await readdir(real);
    if (!names.some((name) => hidden.has(name))) {
      folders.push(real);
      continue;
    }
    const mirror = await mkdtemp(path.join(os.tmpdir(), 'codemode-path-'));
    mirrors.push(mirror);
    await Promise.all(names.filter((name) => !hidden.has(name)).map((name) => symlink(path.join(real, name), path.join(mirror, name))));
    folders.push(mirror);
  }
  return folders.join(path.delimiter);
}

it('runs the demo unsandboxed where bubblewrap is missing and cannot be installed, and says so first', async () => {
  const { ANTHROPIC_API_KEY: _key, CLAUDE_CODE_OAUTH_TOKEN: _token, ...env } = process.env;
  const demo = await execa('npm', ['run', '-s', 'demo'], {
    cwd: REPO_ROOT,
    env: { ...env, PATH: await pathWithout(HIDDEN) },
    extendEnv: false,
    reject: false,
    all: true,
  });
  const lines = demo.all.split('\n');
  expect(lines[0]).toBe(
    'SANDBOX OFF: the program runs unsandboxed, with your files, network and processes in reach. ' +
      'Why: bubblewrap (bwrap) is not installed (install it: sudo apt-get install bubblewrap)',
  );
  expect(lines[1]).toMatch(/^No ANTHROPIC_API_KEY or CLAUDE_CODE_OAUTH_TOKEN set: using the SCRIPTED model/);
  expect(demo.all).toContain('"difference": "13°F"');
  expect(demo.exitCode).toBe(0);
});
