/**
 * The tool API as the model reads it in a generated runner: the tools region without its runtime plumbing, as the
 * prompt shows it (each language's readable API). Signatures, documentation and type declarations stay.
 */
import { pythonReadableApi } from '../../src/engine/python/api-text.js';
import type { RunnerSource } from '../../src/engine/types.js';
import { typescriptReadableApi } from '../../src/engine/typescript/api-text.js';

function toolsRegion(runner: RunnerSource): string {
  const region = runner.protected_regions.find((candidate) => candidate.name === 'tools');
  if (!region) throw new Error(`${runner.file_name} has no tools region`);
  return region.text;
}

export function toolApiText(runner: RunnerSource): string {
  const region = toolsRegion(runner);
  return runner.file_name.endsWith('.py') ? pythonReadableApi(region) : typescriptReadableApi(region);
}
