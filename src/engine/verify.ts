import { sameEnds } from '../format.js';
import type { Diagnostic, LocatedRegion } from './language.js';
import type { ModelLines, ProtectedRegion, RunnerSource } from './types.js';

/** Why Claude's edit of the runner must not run, stated so that both a person and the model can act on it. */
export interface VerificationFailure {
  message: string;
  details: string;
  /** No repair can fix it (e.g. the tools module itself changed): stop without another attempt. */
  fatal?: boolean;
}

/** The outcome of checking an edit against the generated runner: why it must not run, or where its regions are. */
export type EditVerification = { failure: VerificationFailure } | { regions: LocatedRegion[] };

/**
 * Checks the edit and locates the protected regions by position. The generated text is fixed regions with editable
 * gaps between them (header, main() and helpers): the edited file must hold each region exactly once, in the generated
 * order, byte for byte, on lines of its own. The regions' lines are then what the language checks skip, and nothing else.
 */
export function verifyRunnerEdit(generated: RunnerSource, edited: string): EditVerification {
  if (edited === generated.text) {
    return {
      failure: {
        message: `${generated.file_name} was not edited: main() is still the generated TODO`,
        details: 'Implement main() in the file with the Write or Edit tool.',
      },
    };
  }
  const located = locateProtectedRegions(generated, edited);
  if ('failure' in located) return located;
  if (edited.includes(generated.todo_marker)) {
    return {
      failure: {
        message: `main() in ${generated.file_name} is still the generated TODO (marker '${generated.todo_marker}' present)`,
        details: `Replace the body of main(), including the '${generated.todo_marker}' comment, with the implementation.`,
      },
    };
  }
  return located;
}

/** Where each protected region of the generated runner is in the edited text, or why it cannot be located. */
export function locateProtectedRegions(generated: RunnerSource, edited: string): EditVerification {
  const regions: LocatedRegion[] = [];
  let previous: { name: string; end: number } | null = null;
  for (const region of generated.protected_regions) {
    const [start, ...others] = occurrences(edited, region.text);
    if (start === undefined || others.length > 0) {
      return { failure: regionCountFailure(region, others.length + (start === undefined ? 0 : 1), edited, generated.file_name) };
    }
    const end = start + region.text.length;
    if (previous && start < previous.end) {
      return {
        failure: {
          message: `The protected ${region.name} region of ${generated.file_name} was moved; it must come after the ${previous.name} region, as generated`,
          details: `Put the regions back in their generated order; only main() and new helpers between them may change.`,
        },
      };
    }
    if (!(start === 0 || edited[start - 1] === '\n') || !(end === edited.length || edited[end] === '\n')) {
      return {
        failure: {
          message: `The protected ${region.name} region of ${generated.file_name} does not stand on lines of its own`,
          details: `Keep a line break right before the ${region.name} region's begin marker and right after its end marker.`,
        },
      };
    }
    const firstLine = lineCount(edited.slice(0, start));
    regions.push({ name: region.name, text: region.text, start, first_line: firstLine, last_line: firstLine + lineCount(region.text) - 1 });
    previous = { name: region.name, end };
  }
  return { regions };
}

/**
 * The lines the model wrote (main() and its helpers), each stretch with its first line's number in the runner: of
 * each stretch between the protected regions, the lines that differ from the generated runner's, blank lines at either
 * end left out; none when the regions cannot be located.
 */
export function modelLines(generated: RunnerSource, code: string): ModelLines[] {
  const edited = locateProtectedRegions(generated, code);
  const original = locateProtectedRegions(generated, generated.text);
  if ('failure' in edited || 'failure' in original) return [];
  const before = gaps(generated.text, original.regions);
  return gaps(code, edited.regions).flatMap((gap, index) => {
    const old = before[index]?.lines ?? [];
    const { head, tail } = sameEnds(old, gap.lines);
    let first = Math.min(head, mainStart(old, generated.todo_marker));
    let last = gap.lines.length - tail;
    while (first < last && gap.lines[first]?.trim() === '') first += 1;
    while (last > first && gap.lines[last - 1]?.trim() === '') last -= 1;
    return last > first ? [{ first_line: gap.first_line + first, text: gap.lines.slice(first, last).join('\n') }] : [];
  });
}

/**
 * Where main() begins in a generated stretch: the last unindented line before its TODO marker (all of it when the
 * stretch has none), so that main()'s first line shows whenever its body was written.
 */
function mainStart(lines: readonly string[], todoMarker: string): number {
  const todo = lines.findIndex((line) => line.includes(todoMarker));
  if (todo < 0) return lines.length;
  let start = todo;
  while (start > 0 && /^\s/.test(lines[start] ?? '')) start -= 1;
  return start;
}

/** The lines between the located regions (before the first and after the last included), each run with its first line. */
function gaps(text: string, regions: LocatedRegion[]): { first_line: number; lines: string[] }[] {
  const lines = text.split(/\r\n|\r|\n/);
  const bounds = [0, ...regions.flatMap((region) => [region.first_line - 1, region.last_line]), lines.length];
  const found: { first_line: number; lines: string[] }[] = [];
  for (let index = 0; index < bounds.length; index += 2) {
    const from = bounds[index] ?? 0;
    found.push({ first_line: from + 1, lines: lines.slice(from, bounds[index + 1]) });
  }
  return found;
}

/** Every offset where `part` starts in `text`, overlapping ones included. */
function occurrences(text: string, part: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) found.push(at);
  return found;
}

/** How many lines the text spans, a line ending at \r\n, \r or \n as in Python source. */
function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

function regionCountFailure(region: ProtectedRegion, occurrences: number, edited: string, fileName: string): VerificationFailure {
  if (occurrences > 1) {
    return {
      message: `The protected ${region.name} region of ${fileName} appears ${occurrences} times; it must appear once, unchanged`,
      details: `Keep exactly one copy of the ${region.name} region between its codemode markers.`,
    };
  }
  const difference = firstDifference(region.text, edited);
  return {
    message: `The protected ${region.name} region of ${fileName} was modified${difference ? ` (${difference.summary})` : ''}`,
    details: `Restore the ${region.name} region exactly as generated${difference ? `; ${difference.summary}` : ''}. Only main() and new helpers outside the codemode markers may change.`,
  };
}

/**
 * Locates the first line of a protected region that differs in the edited file. Where several lines look like its
 * first line (a copied marker, say), the copy that matches the region longest is the one compared.
 */
function firstDifference(regionText: string, edited: string): { summary: string } | null {
  const regionLines = regionText.split('\n');
  const editedLines = edited.split('\n');
  const matching = (begin: number) => {
    let count = 0;
    while (count < regionLines.length && editedLines[begin + count] === regionLines[count]) count += 1;
    return count;
  };
  const candidates = editedLines.flatMap((line, begin) => (line === regionLines[0] ? [{ begin, matched: matching(begin) }] : []));
  const best = candidates.reduce<{ begin: number; matched: number } | null>(
    (top, candidate) => (top && top.matched >= candidate.matched ? top : candidate),
    null,
  );
  if (!best) return { summary: `its first marker line is missing` };
  const expected = regionLines[best.matched];
  if (expected === undefined) return null;
  const found = editedLines[best.begin + best.matched];
  return {
    summary: `line ${best.begin + best.matched + 1}: expected ${quoteLine(expected)}, found ${found === undefined ? 'end of file' : quoteLine(found)}`,
  };
}

function quoteLine(line: string): string {
  const trimmed = line.trim();
  return JSON.stringify(trimmed.length > 80 ? `${trimmed.slice(0, 77)}...` : trimmed);
}

/** The most diagnostics a repair request lists; the rest are counted. */
export const DIAGNOSTICS_SHOWN = 30;

/**
 * The one-line error names the first diagnostic the checker calls a root cause (else the first one); the details
 * list the diagnostics in order, up to the cap, and count the rest.
 */
export function diagnosticsFailure(fileName: string, diagnostics: Diagnostic[]): VerificationFailure {
  const line = (d: Diagnostic) => (d.line === null ? d.message : `line ${d.line}: ${d.message}`);
  const first = diagnostics.find((d) => d.root_cause) ?? diagnostics[0];
  const unshown = diagnostics.length - DIAGNOSTICS_SHOWN;
  return {
    message: `${fileName} does not compile: ${first ? line(first) : 'no diagnostics'}${diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more)` : ''}`,
    details: [
      ...diagnostics.slice(0, DIAGNOSTICS_SHOWN).map(line),
      ...(unshown > 0 ? [`(${unshown} more diagnostic${unshown === 1 ? '' : 's'} not shown, ${diagnostics.length} in all)`] : []),
    ].join('\n'),
  };
}

export function toolsModuleChangedFailure(relativePath: string): VerificationFailure {
  return {
    message: `The tools module ${relativePath} was modified during the session; nothing was executed`,
    details: `Do not edit ${relativePath}; only edit main() in the runner.`,
    fatal: true,
  };
}

export function supportFileChangedFailure(name: string): VerificationFailure {
  return {
    message: `${name} was modified or removed; it must stay as generated`,
    details: `Restore ${name}: do not edit it; only edit main() in the runner.`,
  };
}
