import type { ProtectedRegion } from './types.js';

/** The lines that fence what Claude must leave alone, written in each runner language's comment syntax. */

export type RegionName = 'tools' | 'harness';

export type RegionMarkers = Record<RegionName, { begin: string; end: string }>;

/** Present in the generated `main` body; an implemented `main` no longer has it. */
export const TODO_MARKER = 'codemode:todo';

export function regionMarkers(commentPrefix: string): RegionMarkers {
  const fence = (name: RegionName) => ({
    begin: `${commentPrefix} codemode:begin ${name} (generated, do not edit)`,
    end: `${commentPrefix} codemode:end ${name}`,
  });
  return { tools: fence('tools'), harness: fence('harness') };
}

/** A piece of a runner: our own or the model's text, or a protected region. */
export type RunnerPart = string | { region: RegionName; text: string };

/** Joins the runner's pieces with `separator`, recording where each protected region starts. */
export function joinRunner(parts: RunnerPart[], separator: string): { text: string; protected_regions: ProtectedRegion[] } {
  const regions: ProtectedRegion[] = [];
  let text = '';
  parts.forEach((part, index) => {
    if (index > 0) text += separator;
    if (typeof part !== 'string') regions.push({ name: part.region, text: part.text, start: text.length });
    text += typeof part === 'string' ? part : part.text;
  });
  return { text, protected_regions: regions };
}
