import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);

// src/engine/typescript/description.ts
var typescriptDescription = {
  language: "typescript",
  displayName: "TypeScript",
  fence: "ts",
  extensions: [".ts", ".mts", ".js", ".mjs"]
};

export {
  typescriptDescription
};
