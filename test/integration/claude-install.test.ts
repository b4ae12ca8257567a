import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { binaryInPrefix, ensureClaudeCode, parseVersionOutput } from '../../src/engine/claude/install.js';
import { CLAUDE_CODE_VERSION } from '../../src/engine/config.js';
import { npmErrorLine } from '../../src/engine/npm-cache.js';
import { CLAUDE_PATH } from '../helpers/claude.js';

const REPO_CLAUDE = CLAUDE_PATH;

const temporaryDirs: string[] = [];
afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function temporaryDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codemode-install-'));
  temporaryDirs.push(dir);
  return dir;
}

/** A PATH holding node but no npm and no claude. */
function pathWithoutNpm(): string {
  const dir = temporaryDir();
  fs.symlinkSync(process.execPath, path.join(dir, 'node'));
  return dir;
}

describe('ensureClaudeCode', () => {
  it('rejects an explicit path that does not exist', async () => {
    const missing = path.join(temporaryDir(), 'claude');
    const attempt = ensureClaudeCode({ path: missing, version: CLAUDE_CODE_VERSION, cacheDir: temporaryDir(), env: process.env });
    await expect(attempt).rejects.toMatchObject({
      name: 'CodeModeError',
      kind: 'usage',
      message: `Claude Code not found at ${missing} (claude_code_path)`,
    });
  });

  it('rejects an explicit path that is not executable', async () => {
    const file = path.join(temporaryDir(), 'claude');
    fs.writeFileSync(file, '#!/bin/sh\n', { mode: 0o644 });
    await expect(
      ensureClaudeCode({ path: file, version: CLAUDE_CODE_VERSION, cacheDir: temporaryDir(), env: process.env }),
    ).rejects.toThrow(`Claude Code not found at ${file} (claude_code_path)`);
  });

  it('rejects an explicit path that does not report a version', async () => {
    const file = path.join(temporaryDir(), 'claude');
    fs.writeFileSync(file, '#!/bin/sh\necho "unknown option" >&2\nexit 3\n', { mode: 0o755 });
    await expect(
      ensureClaudeCode({ path: file, version: CLAUDE_CODE_VERSION, cacheDir: temporaryDir(), env: process.env }),
    ).rejects.toThrow(`Claude Code at ${file} did not report its version: unknown option`);
  });

  it('tells where an explicit binary is before its version is confirmed, so that its session starts meanwhile', async () => {
    const dir = temporaryDir();
    const located = path.join(dir, 'located');
    const file = path.join(dir, 'claude');
    // Reports its version only once it has been told where it is: a version asked first would time out here.
    const waitsToBeLocated = `for i in $(seq 100); do [ -e '${located}' ] && { echo '${CLAUDE_CODE_VERSION} (Claude Code)'; exit 0; }; sleep 0.05; done\nexit 1\n`;
    fs.writeFileSync(file, `#!/bin/sh\n${waitsToBeLocated}`, { mode: 0o755 });
    const found = await ensureClaudeCode({
      path: file,
      version: CLAUDE_CODE_VERSION,
      cacheDir: temporaryDir(),
      env: process.env,
      onLocated: (binary) => fs.writeFileSync(located, binary),
    });
    expect(found).toMatchObject({ path: file, version: CLAUDE_CODE_VERSION, installed: false });
    expect(fs.readFileSync(located, 'utf8')).toBe(file);
  });

  it('uses an explicit path as is and reports its version', async () => {
    const found = await ensureClaudeCode({ path: REPO_CLAUDE, version: '0.0.1', cacheDir: temporaryDir(), env: process.env });
    expect(found).toMatchObject({ path: REPO_CLAUDE, version: CLAUDE_CODE_VERSION, installed: false });
  });

  it('uses a claude on PATH that reports the pinned version', async () => {
    const bin = temporaryDir();
    fs.symlinkSync(REPO_CLAUDE, path.join(bin, 'claude'));
    const found = await ensureClaudeCode({ version: CLAUDE_CODE_VERSION, cacheDir: temporaryDir(), env: { ...process.env, PATH: bin } });
    expect(found).toMatchObject({ path: path.join(bin, 'claude'), version: CLAUDE_CODE_VERSION, installed: false });
  });

  it('says so when npm is missing', async () => {
    const cacheDir = temporaryDir();
    const attempt = ensureClaudeCode({ version: '9.9.9', cacheDir, env: { PATH: pathWithoutNpm(), HOME: os.homedir() } });
    await expect(attempt).rejects.toMatchObject({ kind: 'environment' });
    await expect(attempt).rejects.toThrow(
      'Cannot install Claude Code: npm not found on PATH (set claude_code_path to use one already installed)',
    );
    expect(fs.readdirSync(cacheDir)).toEqual([]);
  });

  it('reports npm’s cause when the version does not exist', { timeout: 120_000 }, async () => {
    const cacheDir = temporaryDir();
    const attempt = ensureClaudeCode({ version: '0.0.999', cacheDir, env: process.env });
    await expect(attempt).rejects.toThrow(
      'npm install @anthropic-ai/claude-code@0.0.999 failed: notarget No matching version found for @anthropic-ai/claude-code@0.0.999.',
    );
    expect(fs.readdirSync(cacheDir)).toEqual([]);
  });

  it('installs the pinned version from npm once, concurrently, then hits the cache', { timeout: 300_000 }, async () => {
    const cacheDir = temporaryDir();
    const env = { ...process.env, PATH: path.dirname(process.execPath) + path.delimiter + '/usr/bin:/bin' };
    const [first, second] = await Promise.all([
      ensureClaudeCode({ version: CLAUDE_CODE_VERSION, cacheDir, env }),
      ensureClaudeCode({ version: CLAUDE_CODE_VERSION, cacheDir, env }),
    ]);
    expect(first).toMatchObject({ version: CLAUDE_CODE_VERSION, installed: true });
    expect(second).toMatchObject({ version: CLAUDE_CODE_VERSION, installed: true });
    expect(first.path.startsWith(path.join(cacheDir, CLAUDE_CODE_VERSION) + path.sep)).toBe(true);
    expect(second.path).toBe(first.path);
    expect(fs.readdirSync(cacheDir)).toEqual([CLAUDE_CODE_VERSION]);

    const cached = await ensureClaudeCode({ version: CLAUDE_CODE_VERSION, cacheDir, env });
    expect(cached).toMatchObject({ path: first.path, version: CLAUDE_CODE_VERSION, installed: false });
  });
});

describe('install helpers', () => {
  it('parses the version Claude Code prints', () => {
    expect(parseVersionOutput('2.1.330 (Claude Code)\n')).toBe('2.1.330');
    expect(parseVersionOutput('Claude Code')).toBeNull();
  });

  it('picks the line of npm’s error output that states the cause', () => {
    const refused = [
      'npm error code ECONNREFUSED',
      'npm error syscall connect',
      'npm error errno ECONNREFUSED',
      'npm error FetchError: request to http://127.0.0.1:9/@anthropic-ai%2fclaude-code failed, reason: connect ECONNREFUSED 127.0.0.1:9',
      'npm error A complete log of this run can be found in: /root/.npm/_logs/x.log',
    ].join('\n');
    expect(npmErrorLine(refused)).toBe(
      'FetchError: request to http://127.0.0.1:9/@anthropic-ai%2fclaude-code failed, reason: connect ECONNREFUSED 127.0.0.1:9',
    );
    expect(npmErrorLine('npm error code E500\n')).toBe('code E500');
    expect(npmErrorLine('')).toBe('npm printed nothing');
  });

  it('finds no binary in an empty prefix', async () => {
    expect(await binaryInPrefix(temporaryDir())).toBeNull();
  });
});
