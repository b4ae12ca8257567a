/**
 * The TypeScript tools region as the model reads it: without its runtime plumbing (region markers, the imports of
 * the tools module, its types and the runtime, the runner's own helpers, and the line in each wrapper that hands the
 * call to the tool host). Signatures, documentation and the declared types stay.
 */
const PLUMBING_LINE = [
  /^\/\/ codemode:(begin|end) /,
  /^import (type )?\* as __codemodeTools /,
  /^import type \{[^}]*\} from /,
  /^import \{[^}]*__codemode\w*[^}]*\} from /,
  /^\s+return __codemodeCall\(/,
];
/** A blank-line-separated block that declares one of the runner's own helpers. */
const HELPER_BLOCK = /^(interface __Codemode|const __codemode|function __codemode)/;

export function typescriptReadableApi(region: string): string {
  return region
    .split(/\n\n+/)
    .filter((block) => !HELPER_BLOCK.test(block))
    .map((block) =>
      block
        .split('\n')
        .filter((line) => !PLUMBING_LINE.some((pattern) => pattern.test(line)))
        .join('\n'),
    )
    .join('\n\n')
    .trim();
}
