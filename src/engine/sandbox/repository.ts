/**
 * What a repository's working tree holds that the program must not read: every Git folder or file (the
 * checkout's own, submodules, worktrees, nested checkouts such as a second actions/checkout with a token in
 * its `.git/config`) and the credential files tools keep beside a project. Found at launch by a bounded walk.
 */
import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { urlPasswords } from '../../redaction.js';

/** Credential files a project may hold, by their path below any folder of the repository. */
const CREDENTIAL_FILES = ['.git-credentials', '.netrc', '.npmrc', '.pypirc', path.join('.docker', 'config.json')];

/** The walk stops after this many folders, so a huge tree cannot stall a launch. */
const MAX_FOLDERS = 50_000;
const MAX_DEPTH = 24;

const GIT_CONFIG_FILES = ['config', 'config.worktree'];
/** Folders of a Git folder that hold objects, history and hooks, never a configuration. */
const GIT_DATA_FOLDERS = ['objects', 'refs', 'logs', 'hooks', 'lfs'];

export interface RepositorySecrets {
  /** Git folders to hide behind an empty tmpfs: every `.git` folder and the folders `.git` files point to. */
  gitFolders: string[];
  /** Files to hide behind an empty file: `.git` files and credential files. */
  files: string[];
}

/** Walks `repoRoot` (never following links, never into `.git` or `skipped` folders) for what the program must not read. */
export function findRepositorySecrets(repoRoot: string, skipped: readonly string[] = []): RepositorySecrets {
  const found: RepositorySecrets = { gitFolders: [], files: [] };
  const skip = new Set(skipped.map((folder) => path.resolve(folder)));
  for (const { folder, children } of walkFolders(path.resolve(repoRoot), (child) => path.basename(child) !== '.git' && !skip.has(child))) {
    for (const entry of children) if (entry.name === '.git') recordGit(path.join(folder, entry.name), entry, found);
    found.files.push(...credentialFiles(folder, children));
  }
  return found;
}

/**
 * The credential files in `folder`, looked for only under the names its listing holds: a stat of every name in
 * every folder would cost most of the walk.
 */
function credentialFiles(folder: string, children: Dirent[]): string[] {
  const names = new Set(children.map((entry) => entry.name));
  return CREDENTIAL_FILES.filter((file) => names.has(file.split(path.sep)[0] ?? file))
    .map((file) => path.join(folder, file))
    .filter(isFile);
}

/** Breadth-first over `root` and the folders below it that `enter` accepts (links never followed), at most MAX_FOLDERS. */
function* walkFolders(root: string, enter: (folder: string) => boolean): Generator<{ folder: string; children: Dirent[] }> {
  let level = [root];
  let visited = 0;
  for (let depth = 0; level.length > 0 && depth <= MAX_DEPTH; depth++) {
    const next: string[] = [];
    for (const folder of level) {
      if (visited++ >= MAX_FOLDERS) return;
      const children = entries(folder);
      yield { folder, children };
      next.push(
        ...children
          .filter((entry) => entry.isDirectory())
          .map((entry) => path.join(folder, entry.name))
          .filter(enter),
      );
    }
    level = next;
  }
}

function recordGit(gitPath: string, entry: Dirent, found: RepositorySecrets): void {
  if (entry.isDirectory()) {
    found.gitFolders.push(gitPath);
  } else if (entry.isFile()) {
    found.files.push(gitPath);
    const target = gitFileTarget(gitPath);
    if (target && isDirectory(target)) found.gitFolders.push(target);
  }
}

/** The folder a `.git` file (a submodule's or a worktree's) points to: `gitdir: <path>`, relative to the file. */
function gitFileTarget(gitFile: string): string | null {
  const match = /^gitdir:\s*(.+?)\s*$/m.exec(readText(gitFile));
  return match?.[1] ? path.resolve(path.dirname(gitFile), match[1]) : null;
}

/**
 * The credentials in the Git configurations of a repository: for each `http.<url>.extraheader` (what
 * actions/checkout persists) the header's credential, and for basic auth its decoded `user:password` and
 * password; and the passwords of URLs with credentials (`url = https://user:token@host/...`).
 */
export function repositoryCredentials(repoRoot: string): string[] {
  const { gitFolders } = findRepositorySecrets(repoRoot);
  const values = gitFolders.flatMap(gitConfigFiles).flatMap((file) => configCredentials(readText(file)));
  return [...new Set(values)];
}

/** The configurations in a Git folder: its own, its submodules' (`modules/…/config`) and its worktrees'. */
function gitConfigFiles(gitFolder: string): string[] {
  const folders = walkFolders(gitFolder, (folder) => !GIT_DATA_FOLDERS.includes(path.basename(folder)));
  return [...folders].flatMap(({ folder, children }) =>
    children.filter((entry) => entry.isFile() && GIT_CONFIG_FILES.includes(entry.name)).map((entry) => path.join(folder, entry.name)),
  );
}

/** The credentials in one Git configuration's text. */
function configCredentials(config: string): string[] {
  const headers = [...config.matchAll(/^\s*extraheader\s*=\s*"?(.*?)"?\s*$/gim)].flatMap(([, header = '']) => headerCredentials(header));
  const urls = [...config.matchAll(/^\s*(?:url|pushurl|insteadof)\s*=\s*"?(.*?)"?\s*$/gim)].flatMap(([, url = '']) => urlPasswords(url));
  return [...headers, ...urls];
}

/** `AUTHORIZATION: basic <base64 of user:password>`, `Authorization: bearer <token>` or a header with a bare credential. */
function headerCredentials(header: string): string[] {
  const value = header.slice(header.indexOf(':') + 1).trim();
  const [scheme = '', credential] = value.split(/\s+/);
  if (credential === undefined) return value ? [value] : [];
  if (scheme.toLowerCase() !== 'basic') return [credential];
  const pair = Buffer.from(credential, 'base64').toString('utf8');
  const colon = pair.indexOf(':');
  return colon < 0 ? [credential, pair] : [credential, pair, pair.slice(colon + 1)];
}

function entries(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

function isDirectory(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
