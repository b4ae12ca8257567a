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

export {
  CodeModeError,
  usageError,
  environmentError,
  errorMessage
};
