/**
 * The tool API as the model reads it in a generated runner: the tools region without its runtime plumbing
 * (region markers, imports of the tools module, its types and the runtime, the run-time lookups of the classes
 * bound from its sibling modules, the tracing helpers, and the one line in each
 * wrapper that hands the call to the tracer). Signatures, documentation and type declarations stay.
 */
import type { RunnerSource } from '../../src/engine/types.js';

const PYTHON_PLUMBING = [
  /^# codemode:(begin|end) /,
  /^from __future__ import /,
  /^from _codemode\w* import /,
  /^\s*_codemode_tools = /,
  /^\s+\w+ = _codemode_tools\._codemode_import\(/,
  /^\s+return (await )?_codemode_call/,
];

const TYPESCRIPT_PLUMBING_LINE = [
  /^\/\/ codemode:(begin|end) /,
  /^import (type )?\* as __codemodeTools /,
  /^import type \{[^}]*\} from /,
  /^import \{[^}]*__codemode\w*[^}]*\} from /,
  /^\s+return __codemodeCall\(/,
];
/** A blank-line-separated block that declares one of the runner's own helpers. */
const TYPESCRIPT_HELPER_BLOCK = /^(interface __Codemode|const __codemode|function __codemode)/;

function toolsRegion(runner: RunnerSource): string {
  const region = runner.protected_regions.find((candidate) => candidate.name === 'tools');
  if (!region) throw new Error(`${runner.file_name} has no tools region`);
  return region.text;
}

export function toolApiText(runner: RunnerSource): string {
  const region = toolsRegion(runner);
  if (runner.file_name.endsWith('.py')) {
    return region
      .split('\n')
      .filter((line) => !PYTHON_PLUMBING.some((pattern) => pattern.test(line)))
      .join('\n')
      .trim();
  }
  return region
    .split(/\n\n+/)
    .filter((block) => !TYPESCRIPT_HELPER_BLOCK.test(block))
    .map((block) =>
      block
        .split('\n')
        .filter((line) => !TYPESCRIPT_PLUMBING_LINE.some((pattern) => pattern.test(line)))
        .join('\n'),
    )
    .join('\n\n')
    .trim();
}
