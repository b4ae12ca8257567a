/**
 * What a repository's working tree holds that the program must not read: every Git folder or file (the
 * checkout's own, submodules, worktrees, nested checkouts such as a second actions/checkout with a token in
 * its `.git/config`) and the credential files tools keep beside a project. Found at launch by a bounded walk.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

import { urlPasswords } from '../../redaction.js';

/** Credential files a project may hold, by their path below any folder of the repository. */
const CREDENTIAL_FILES = ['.git-credentials', '.netrc', '.npmrc', '.pypirc', path.join('.docker', 'config.json')];

/** The walk stops after this many folders, so a huge tree cannot stall a launch. */
const MAX_FOLDERS = 50_000;
const MAX_DEPTH = 24;
/** Folders listed at once: enough to keep the file system busy, few enough to leave the event loop free. */
const LISTED_AT_ONCE = 64;

const GIT_CONFIG_FILES = ['config', 'config.worktree'];
/** Folders of a Git folder that hold objects, history and hooks, never a configuration. */
const GIT_DATA_FOLDERS = ['objects', 'refs', 'logs', 'hooks', 'lfs'];

export interface RepositorySecrets {
  /** Git folders to hide behind an empty tmpfs: every `.git` folder and the folders `.git` files point to. */
  gitFolders: string[];
  /** Files to hide behind an empty file: `.git` files and credential files. */
  files: string[];
}

/**
 * Walks `repoRoot` (never following links, never into `.git` or `skipped` folders) for what the program must not
 * read. Asynchronous, a few folders at a time: a large tree takes a while, and the run goes on meanwhile.
 */
export async function findRepositorySecrets(repoRoot: string, skipped: readonly string[] = []): Promise<RepositorySecrets> {
  const found: RepositorySecrets = { gitFolders: [], files: [] };
  const skip = new Set(skipped.map((folder) => path.resolve(folder)));
  for await (const { folder, children } of walkFolders(
    path.resolve(repoRoot),
    (child) => path.basename(child) !== '.git' && !skip.has(child),
  )) {
    for (const entry of children) if (entry.name === '.git') await recordGit(path.join(folder, entry.name), entry, found);
    found.files.push(...(await credentialFiles(folder, children)));
  }
  return found;
}

/**
 * The credential files in `folder`, looked for only under the names its listing holds: a stat of every name in
 * every folder would cost most of the walk.
 */
async function credentialFiles(folder: string, children: Dirent[]): Promise<string[]> {
  const names = new Set(children.map((entry) => entry.name));
  const candidates = CREDENTIAL_FILES.filter((file) => names.has(file.split(path.sep)[0] ?? file)).map((file) => path.join(folder, file));
  const files = await Promise.all(candidates.map(async (file) => ((await isFile(file)) ? [file] : [])));
  return files.flat();
}

/**
 * Breadth-first over `root` and the folders below it that `enter` accepts (links never followed), at most
 * MAX_FOLDERS, listing LISTED_AT_ONCE folders of a level at once.
 */
async function* walkFolders(root: string, enter: (folder: string) => boolean): AsyncGenerator<{ folder: string; children: Dirent[] }> {
  let level = [root];
  let visited = 0;
  for (let depth = 0; level.length > 0 && depth <= MAX_DEPTH; depth++) {
    const next: string[] = [];
    for (let first = 0; first < level.length; first += LISTED_AT_ONCE) {
      const batch = level.slice(first, first + Math.min(LISTED_AT_ONCE, MAX_FOLDERS - visited));
      if (batch.length === 0) return;
      visited += batch.length;
      const listed = await Promise.all(batch.map(async (folder) => ({ folder, children: await entries(folder) })));
      for (const { folder, children } of listed) {
        yield { folder, children };
        next.push(
          ...children
            .filter((entry) => entry.isDirectory())
            .map((entry) => path.join(folder, entry.name))
            .filter(enter),
        );
      }
    }
    level = next;
  }
}

async function recordGit(gitPath: string, entry: Dirent, found: RepositorySecrets): Promise<void> {
  if (entry.isDirectory()) {
    found.gitFolders.push(gitPath);
  } else if (entry.isFile()) {
    found.files.push(gitPath);
    const target = await gitFileTarget(gitPath);
    if (target && (await isDirectory(target))) found.gitFolders.push(target);
  }
}

/** The folder a `.git` file (a submodule's or a worktree's) points to: `gitdir: <path>`, relative to the file. */
async function gitFileTarget(gitFile: string): Promise<string | null> {
  const match = /^gitdir:\s*(.+?)\s*$/m.exec(await readText(gitFile));
  return match?.[1] ? path.resolve(path.dirname(gitFile), match[1]) : null;
}

/**
 * The credentials in the Git configurations of a repository: for each `http.<url>.extraheader` (what
 * actions/checkout persists) the header's credential, and for basic auth its decoded `user:password` and
 * password; and the passwords of URLs with credentials (`url = https://user:token@host/...`).
 */
export async function repositoryCredentials(repoRoot: string): Promise<string[]> {
  const { gitFolders } = await findRepositorySecrets(repoRoot);
  const configs = (await Promise.all(gitFolders.map(gitConfigFiles))).flat();
  const values = (await Promise.all(configs.map(readText))).flatMap(configCredentials);
  return [...new Set(values)];
}

/** The configurations in a Git folder: its own, its submodules' (`modules/…/config`) and its worktrees'. */
async function gitConfigFiles(gitFolder: string): Promise<string[]> {
  const files: string[] = [];
  for await (const { folder, children } of walkFolders(gitFolder, (folder) => !GIT_DATA_FOLDERS.includes(path.basename(folder)))) {
    files.push(
      ...children.filter((entry) => entry.isFile() && GIT_CONFIG_FILES.includes(entry.name)).map((entry) => path.join(folder, entry.name)),
    );
  }
  return files;
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

function entries(folder: string): Promise<Dirent[]> {
  return readdir(folder, { withFileTypes: true }).catch(() => []);
}

function readText(file: string): Promise<string> {
  return readFile(file, 'utf8').catch(() => '');
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() ?? false;
}

async function isDirectory(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isDirectory() ?? false;
}
