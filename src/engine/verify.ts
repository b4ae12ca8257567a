import type { Diagnostic } from './language.js';
import type { RunnerSource } from './types.js';

/** Why Claude's edit of the runner must not run, stated so that both a person and the model can act on it. */
export interface VerificationFailure {
  message: string;
  details: string;
  /** No repair can fix it (e.g. the tools module itself changed): stop without another attempt. */
  fatal?: boolean;
}

/** Checks that need only the generated and the edited text: each a one-line message, or null. */
export function checkRunnerEdit(generated: RunnerSource, edited: string): VerificationFailure | null {
  if (edited === generated.text) {
    return {
      message: `${generated.file_name} was not edited: main() is still the generated TODO`,
      details: 'Implement main() in the file with the Write or Edit tool.',
    };
  }
  for (const region of generated.protected_regions) {
    const problem = checkProtectedRegion(region, edited, generated.file_name);
    if (problem) return problem;
  }
  if (edited.includes(generated.todo_marker)) {
    return {
      message: `main() in ${generated.file_name} is still the generated TODO (marker '${generated.todo_marker}' present)`,
      details: `Replace the body of main(), including the '${generated.todo_marker}' comment, with the implementation.`,
    };
  }
  return null;
}

function checkProtectedRegion(
  region: RunnerSource['protected_regions'][number],
  edited: string,
  fileName: string,
): VerificationFailure | null {
  const occurrences = edited.split(region.text).length - 1;
  if (occurrences === 1) return null;
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

/** Locates the first line of a protected region that differs in the edited file. */
function firstDifference(regionText: string, edited: string): { summary: string } | null {
  const regionLines = regionText.split('\n');
  const editedLines = edited.split('\n');
  const [firstLine = ''] = regionLines;
  const begin = editedLines.indexOf(firstLine);
  if (begin < 0) return { summary: `its first marker line is missing` };
  for (const [offset, expected] of regionLines.entries()) {
    const found = editedLines[begin + offset];
    if (found !== expected) {
      return {
        summary: `line ${begin + offset + 1}: expected ${quoteLine(expected)}, found ${found === undefined ? 'end of file' : quoteLine(found)}`,
      };
    }
  }
  return null;
}

function quoteLine(line: string): string {
  const trimmed = line.trim();
  return JSON.stringify(trimmed.length > 80 ? `${trimmed.slice(0, 77)}...` : trimmed);
}

export function diagnosticsFailure(fileName: string, diagnostics: Diagnostic[]): VerificationFailure {
  const lines = diagnostics.map((d) => (d.line === null ? d.message : `line ${d.line}: ${d.message}`));
  return {
    message: `${fileName} does not compile: ${lines[0] ?? 'no diagnostics'}${lines.length > 1 ? ` (and ${lines.length - 1} more)` : ''}`,
    details: lines.join('\n'),
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
