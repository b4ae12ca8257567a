import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
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

/** Resolves the tools module inside the repository and checks that it is a readable file. */
export async function resolveToolsPath(repoRoot: string, tools: string): Promise<string> {
  if (!tools.trim()) throw usageError('No tools module given: pass the path of a .py, .ts, .mts, .js or .mjs file');
  const absolute = path.resolve(repoRoot, tools);
  const info = await stat(absolute).catch(() => null);
  if (!info) throw usageError(`Tools module not found: ${tools}`);
  if (!info.isFile()) throw usageError(`Tools module is not a file: ${tools}`);
  await access(absolute, constants.R_OK).catch(() => {
    throw usageError(`Tools module is not readable: ${tools}`);
  });
  const relative = path.relative(path.resolve(repoRoot), absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw usageError(`Tools module ${tools} is outside the repository root ${repoRoot}`);
  }
  return absolute;
}

export async function hashFile(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}
