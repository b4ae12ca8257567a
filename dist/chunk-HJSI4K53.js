import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);

// src/engine/markers.ts
var TODO_MARKER = "codemode:todo";
function regionMarkers(commentPrefix) {
  const fence = (name) => ({
    begin: `${commentPrefix} codemode:begin ${name} (generated, do not edit)`,
    end: `${commentPrefix} codemode:end ${name}`
  });
  return { tools: fence("tools"), harness: fence("harness") };
}
function joinRunner(parts, separator) {
  const regions = [];
  let text = "";
  parts.forEach((part, index) => {
    if (index > 0) text += separator;
    if (typeof part !== "string") regions.push({ name: part.region, text: part.text, start: text.length });
    text += typeof part === "string" ? part : part.text;
  });
  return { text, protected_regions: regions };
}

export {
  TODO_MARKER,
  regionMarkers,
  joinRunner
};
