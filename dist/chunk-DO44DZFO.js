import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  usageError
} from "./chunk-QE65NSGP.js";

// src/engine/languages.ts
import path from "node:path";
var TYPESCRIPT_EXTENSIONS = [".ts", ".mts", ".js", ".mjs"];
function unsupportedExtension(extension) {
  return usageError(
    `Unsupported tools module extension '${extension || "(none)"}': expected .py, .ts, .mts, .js or .mjs`
  );
}
async function languageFor(toolsPath) {
  const extension = path.extname(toolsPath).toLowerCase();
  if (extension === ".py") return (await import("./python-R6DDPJCK.js")).pythonLanguage;
  if (TYPESCRIPT_EXTENSIONS.includes(extension)) return (await import("./typescript-47GKEUYX.js")).typescriptLanguage;
  throw unsupportedExtension(extension);
}

export {
  TYPESCRIPT_EXTENSIONS,
  unsupportedExtension,
  languageFor
};
