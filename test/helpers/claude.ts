import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * The pinned Claude Code binary of the repository's devDependency. The platform package holds the native
 * binary; `node_modules/.bin/claude` is only a stub when npm skipped the package's install script.
 */
export function repositoryClaudePath(root = REPO_ROOT): string {
  const scope = path.join(root, 'node_modules', '@anthropic-ai');
  const platformBinary = readdirSync(scope)
    .filter((name) => name.startsWith('claude-code-'))
    .map((name) => path.join(scope, name, 'claude'))
    .find((file) => existsSync(file));
  return platformBinary ?? path.join(root, 'node_modules', '.bin', 'claude');
}

export const CLAUDE_PATH = repositoryClaudePath();

/** The pinned pyright of the repository's devDependency: its command-line script, as `pyright_path` takes it. */
export const PYRIGHT_PATH = path.join(REPO_ROOT, 'node_modules', 'pyright', 'index.js');

/**
 * A pyright in `dir` whose language server records each process it starts (pid, working directory), then is the
 * pinned one.
 */
export function recordingPyright(dir: string): { pyrightPath: string; servers: () => { pid: number; cwd: string }[] } {
  const log = path.join(dir, 'servers.log');
  const pinned = path.dirname(PYRIGHT_PATH);
  writeFileSync(path.join(dir, 'index.js'), `require(${JSON.stringify(PYRIGHT_PATH)});\n`);
  writeFileSync(
    path.join(dir, 'langserver.index.js'),
    `require('node:fs').appendFileSync(${JSON.stringify(log)}, process.pid + ' ' + process.cwd() + '\\n');\n` +
      `require(${JSON.stringify(path.join(pinned, 'langserver.index.js'))});\n`,
  );
  const servers = () =>
    (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [])
      .map((line) => line.split(' '))
      .map(([pid, cwd]) => ({ pid: Number(pid), cwd: cwd! }));
  return { pyrightPath: path.join(dir, 'index.js'), servers };
}

/** A Claude Code process as `recordingClaude` saw it start. */
export interface RecordedSession {
  pid: number;
  cwd: string;
  args: string;
}

/** A Claude Code in `dir` that records each of its sessions (pid, working directory, arguments), then is the pinned one. */
export function recordingClaude(dir: string): { claudePath: string; sessions: () => RecordedSession[] } {
  const log = path.join(dir, 'processes.log');
  const claudePath = path.join(dir, 'claude');
  writeFileSync(claudePath, `#!/bin/sh\necho "$$ $(pwd) $*" >> ${log}\nexec ${CLAUDE_PATH} "$@"\n`, { mode: 0o755 });
  const sessions = () =>
    (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [])
      .map((line) => line.split(' '))
      .filter(([, , first]) => first === '-p')
      .map(([pid, cwd, ...args]) => ({ pid: Number(pid), cwd: cwd!, args: args.join(' ') }));
  return { claudePath, sessions };
}
