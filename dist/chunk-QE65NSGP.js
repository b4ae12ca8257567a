import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);

// src/engine/errors.ts
var CodeModeError = class extends Error {
  constructor(message, kind = "failure") {
    super(message);
    this.kind = kind;
    this.name = "CodeModeError";
  }
  kind;
};
function usageError(message) {
  return new CodeModeError(message, "usage");
}
function environmentError(message) {
  return new CodeModeError(message, "environment");
}
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/engine/workspace.ts
import { createHash } from "node:crypto";
import { constants } from "node:fs";
import { access, mkdir, mkdtemp, readFile, realpath, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
async function openWorkspace(requested) {
  const dir = requested ? path.resolve(requested) : await mkdtemp(path.join(os.tmpdir(), "codemode-"));
  await mkdir(dir, { recursive: true });
  return { dir, temporary: !requested, file: (name) => path.join(dir, name) };
}
async function removeWorkspace(workspace) {
  await rm(workspace.dir, { recursive: true, force: true });
}
async function resolveRepoRoot(repoRoot) {
  try {
    return await realpath(repoRoot);
  } catch {
    throw usageError(`Repository root not found: ${repoRoot}`);
  }
}
async function locateToolsModule(toolsPath, repoRoot) {
  if (!toolsPath.trim()) throw usageError("No tools module given: pass the path of a .py, .ts, .mts, .js or .mjs file");
  const root = await resolveRepoRoot(repoRoot);
  const resolved = path.resolve(root, toolsPath);
  const stats = await stat(resolved).catch(() => null);
  if (!stats) throw usageError(`Tools module not found: ${toolsPath}`);
  if (!stats.isFile()) throw usageError(`Tools module is not a file: ${toolsPath}`);
  await access(resolved, constants.R_OK).catch(() => {
    throw usageError(`Tools module is not readable: ${toolsPath}`);
  });
  const absolute = await realpath(resolved);
  const relative = path.relative(root, absolute);
  if (relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw usageError(`Tools module ${toolsPath} is outside the repository root ${root}`);
  }
  return { absolute, relative: relative.split(path.sep).join("/") };
}
async function hashFile(file) {
  return createHash("sha256").update(await readFile(file)).digest("hex");
}

export {
  CodeModeError,
  usageError,
  environmentError,
  errorMessage,
  openWorkspace,
  removeWorkspace,
  locateToolsModule,
  hashFile
};
