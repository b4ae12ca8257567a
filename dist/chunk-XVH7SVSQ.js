import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  runProcessTree
} from "./chunk-XMAMCYGY.js";
import {
  environmentError
} from "./chunk-R2EEI6SO.js";
import {
  require_crypto
} from "./chunk-3IS4VBHN.js";
import {
  require_promises
} from "./chunk-NRPXVH6K.js";
import {
  require_fs
} from "./chunk-N7AWLP4R.js";
import {
  __toESM
} from "./chunk-NTVFTWIQ.js";

// src/engine/npm-cache.ts
var import_node_crypto = __toESM(require_crypto(), 1);
var import_node_fs = __toESM(require_fs(), 1);
var import_promises = __toESM(require_promises(), 1);
var DEFAULT_INSTALL_TIMEOUT_MS = 3e5;
var DEFAULT_INSTALL_RETRIES = 2;
async function isExecutable(file) {
  return (0, import_promises.access)(file, import_node_fs.constants.X_OK).then(
    () => true,
    () => false
  );
}
var NPM_ERROR_METADATA = /^(code|syscall|errno|path|dest|A complete log|Log files were not written)\b/;
function npmErrorLine(stderr) {
  const lines = stderr.split("\n").map((line) => line.trim()).filter(Boolean);
  const errors = lines.filter((line) => line.startsWith("npm error")).map((line) => line.replace(/^npm error\s*/, ""));
  return errors.find((line) => line && !NPM_ERROR_METADATA.test(line)) ?? errors[0] ?? lines.at(-1) ?? "npm printed nothing";
}
var isPermanentNpmFailure = (stderr) => /\b(E404|ETARGET|notarget|EACCES|EPERM)\b/.test(stderr);
var packageSpec = (cached) => `${cached.name}@${cached.version}`;
async function npmInstall(prefix, cached) {
  const retries = cached.retries ?? DEFAULT_INSTALL_RETRIES;
  const spec = packageSpec(cached);
  const args = ["install", "--no-save", "--no-audit", "--no-fund", "--no-package-lock", "--prefix", prefix, spec];
  for (let attempt = 0; ; attempt += 1) {
    const result = await runProcessTree("npm", args, {
      env: cached.env,
      timeoutMs: cached.timeoutMs ?? DEFAULT_INSTALL_TIMEOUT_MS,
      signal: cached.signal
    });
    if (result.exitCode === 0) return;
    if (result.spawnError?.code === "ENOENT") {
      throw environmentError(
        `Cannot install ${cached.label}: npm not found on PATH (set ${cached.pathOption} to use one already installed)`
      );
    }
    const { stderr } = result;
    const reason = result.timedOut ? `timed out after ${Math.round((cached.timeoutMs ?? DEFAULT_INSTALL_TIMEOUT_MS) / 1e3)} s` : result.aborted ? "cancelled" : npmErrorLine(stderr);
    if (result.aborted || attempt >= retries || isPermanentNpmFailure(stderr)) {
      throw environmentError(`npm install ${spec} failed: ${reason}`);
    }
  }
}
async function moveIntoPlace(temporary, final) {
  try {
    await (0, import_promises.rename)(temporary, final);
  } catch (error) {
    const code = error.code;
    if (code !== "ENOTEMPTY" && code !== "EEXIST") throw error;
    await (0, import_promises.rm)(temporary, { recursive: true, force: true });
  }
}
async function installIntoCache(cached) {
  const temporary = `${cached.folder}.tmp-${process.pid}-${(0, import_node_crypto.randomBytes)(4).toString("hex")}`;
  const spec = packageSpec(cached);
  await (0, import_promises.mkdir)(temporary, { recursive: true });
  try {
    await npmInstall(temporary, cached);
    const file2 = await cached.locate(temporary);
    if (!file2) throw environmentError(`npm install ${spec} produced no ${cached.label} in ${temporary}`);
    await cached.confirm(file2);
    await moveIntoPlace(temporary, cached.folder);
  } finally {
    await (0, import_promises.rm)(temporary, { recursive: true, force: true });
  }
  const file = await cached.locate(cached.folder);
  if (!file) throw environmentError(`${cached.label} cache ${cached.folder} holds no ${cached.label}`);
  return file;
}

export {
  isExecutable,
  installIntoCache
};
