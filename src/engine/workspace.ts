import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, readFile, realpath, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { usageError } from './errors.js';

export interface Workspace {
  dir: string;
  /** Created by us in the temp dir, so ours to delete. */
  temporary: boolean;
  file(name: string): string;
}

export async function openWorkspace(requested: string | undefined): Promise<Workspace> {
  const dir = requested ? path.resolve(requested) : await mkdtemp(path.join(os.tmpdir(), 'codemode-'));
  await mkdir(dir, { recursive: true });
  return { dir, temporary: !requested, file: (name) => path.join(dir, name) };
}

export async function removeWorkspace(workspace: Workspace): Promise<void> {
  await rm(workspace.dir, { recursive: true, force: true });
}

async function resolveRepoRoot(repoRoot: string): Promise<string> {
  try {
    return await realpath(repoRoot);
  } catch {
    throw usageError(`Repository root not found: ${repoRoot}`);
  }
}

export interface ToolsLocation {
  /** Real path of the file. */
  absolute: string;
  /** Path from the repository root, with forward slashes. */
  relative: string;
}

/** The tools module's real path, checked to be a readable file inside the repository root, and its path from there. */
export async function locateToolsModule(toolsPath: string, repoRoot: string): Promise<ToolsLocation> {
  return locateRepositoryFile(toolsPath, repoRoot, 'Tools module');
}

/** A file's real path, checked to be a readable file inside the repository root, and its path from there; `what` names it in errors. */
export async function locateRepositoryFile(filePath: string, repoRoot: string, what: string): Promise<ToolsLocation> {
  const root = await resolveRepoRoot(repoRoot);
  const resolved = path.resolve(root, filePath);
  const stats = await stat(resolved).catch(() => null);
  if (!stats) throw usageError(`${what} not found: ${filePath}`);
  if (!stats.isFile()) throw usageError(`${what} is not a file: ${filePath}`);
  await access(resolved, constants.R_OK).catch(() => {
    throw usageError(`${what} is not readable: ${filePath}`);
  });
  const absolute = await realpath(resolved);
  const relative = path.relative(root, absolute);
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw usageError(`${what} ${filePath} is outside the repository root ${root}`);
  }
  return { absolute, relative: relative.split(path.sep).join('/') };
}

export async function hashFile(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}
