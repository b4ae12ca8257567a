import { existsSync, readdirSync } from 'node:fs';
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
