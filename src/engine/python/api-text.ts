/**
 * The Python tools region as the model reads it: without its runtime plumbing (region markers, the imports of the
 * runtime and the tools module, the bindings of the module's names, and the line in each wrapper that hands the call
 * to the tool host). Signatures, documentation and the declared types stay; the names the runner binds from the
 * tools module (its types and the exceptions its tools raise) are listed on one line.
 */
const PLUMBING = [
  /^# codemode:(begin|end) /,
  /^from __future__ import /,
  /^from typing import TYPE_CHECKING$/,
  /^from _codemode\w* import /,
  /^if TYPE_CHECKING:$/,
  /^else:$/,
  /^\s+import \S+ as _codemode_tools$/,
  /^\s*_codemode_tools = /,
  /^\s+return (await )?_codemode_call/,
];

/** A line binding names of the tools module or its sibling modules: `Name = _codemode_tools…`, `from m import A, B`. */
const BINDING = /^(?:\s*(\w+) = _codemode_tools\b.*|\s+from \S+ import (.+))$/;

export function pythonReadableApi(region: string): string {
  const bound = new Set<string>();
  const kept = region.split('\n').filter((line) => {
    if (PLUMBING.some((pattern) => pattern.test(line))) return false;
    const binding = BINDING.exec(line);
    if (binding) (binding[1] ?? binding[2] ?? '').split(/,\s*/).forEach((name) => bound.add(name));
    return !binding;
  });
  const names = bound.size > 0 ? [`# Names bound from the tools module: ${[...bound].join(', ')}`] : [];
  return [...names, ...kept]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
