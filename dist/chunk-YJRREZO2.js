import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);

// src/engine/mcp/names.ts
function words(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").split(/[^A-Za-z0-9]+/).filter(Boolean);
}
function joined(parts, style) {
  if (style.case === "snake") return parts.map((part) => part.toLowerCase()).join("_");
  return parts.map((part, index) => index === 0 ? part.charAt(0).toLowerCase() + part.slice(1) : part.charAt(0).toUpperCase() + part.slice(1)).join("");
}
function identifier(name, style) {
  const spelled = joined(words(name), style);
  const valid = spelled === "" ? "tool" : /^[0-9]/.test(spelled) ? `_${spelled}` : spelled;
  return style.reserved.has(valid) ? `${valid}_` : valid;
}
function uniqueIdentifiers(names, style, taken = /* @__PURE__ */ new Set()) {
  const used = new Set(taken);
  return names.map((name) => {
    const base = identifier(name, style);
    let candidate = base;
    for (let number = 2; used.has(candidate); number += 1) candidate = `${base}${number}`;
    used.add(candidate);
    return candidate;
  });
}

export {
  identifier,
  uniqueIdentifiers
};
