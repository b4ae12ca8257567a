import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);

// src/engine/python/literals.ts
function pythonStringLiteral(text) {
  return JSON.stringify(text);
}
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
var CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
var CLOSING_QUOTE = /"(?="|$)/g;
var hexEscape = (character, width) => `\\${width === 2 ? "x" : "u"}${character.charCodeAt(0).toString(16).padStart(width, "0")}`;
function docstringBody(text) {
  return text.replace(/\\/g, "\\\\").replace(CLOSING_QUOTE, '\\"').replace(CONTROL_CHARACTER, (character) => character === "\r" ? "\\r" : hexEscape(character, 2)).replace(LONE_SURROGATE, (character) => hexEscape(character, 4));
}
function pythonDocstring(text, indent) {
  const [first = "", ...rest] = docstringBody(text).split("\n");
  if (rest.length === 0) return `"""${first}"""`;
  const continuation = rest.map((line) => line ? indent + line : line);
  return `"""${first}
${continuation.join("\n")}
${indent}"""`;
}

export {
  pythonStringLiteral,
  docstringBody,
  pythonDocstring
};
