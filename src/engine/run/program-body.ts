import path from 'node:path';

import { apiSection } from '../claude/api-section.js';
import type { ProgramBrief } from '../claude/prompt.js';
import type { Diagnostic } from '../language.js';
import type { RunnerSource } from '../types.js';
import { locateProtectedRegions, type VerificationFailure } from '../verify.js';
import type { Run } from './run.js';

/**
 * The model writes main() and its helpers into a new file beside the runner, the program body; the engine joins
 * it with the runner's generated regions. Writing a new file needs no Read round trip, and the regions stay ours.
 */
export function bodyFileName(runner: Pick<RunnerSource, 'file_name'>): string {
  return `main${path.extname(runner.file_name)}`;
}

/** Lines between the tools region and the body, and between the body and the harness region. */
const GAP = '\n\n\n';

/** Where the body goes in a runner: after the region before it, before the region after it. */
function bodySlot(runner: RunnerSource): { before: number; after: number } {
  const located = locateProtectedRegions(runner, runner.text);
  if ('failure' in located || located.regions.length < 2) throw new Error(`${runner.file_name} has no place for a program body`);
  const [first, second] = located.regions as [(typeof located.regions)[0], (typeof located.regions)[0]];
  return { before: first.start + first.text.length, after: second.start };
}

/** The runner's own text between its tools and its harness: the generated TODO main(), or a saved program's main() and helpers. */
export function runnerBody(runner: RunnerSource): string {
  const { before, after } = bodySlot(runner);
  return runner.text.slice(before, after).trim();
}

/** The runner with `body` in place of its own body; the text before and after it stays byte for byte. */
export function joinBody(runner: RunnerSource, body: string): string {
  const { before, after } = bodySlot(runner);
  return `${runner.text.slice(0, before)}${GAP}${normalized(body)}${GAP}${runner.text.slice(after)}`;
}

/** The body without the blank lines around it. */
function normalized(body: string): string {
  return body.replace(/^(?:[ \t]*(?:\r\n|\r|\n))+/, '').trimEnd();
}

/** The runner's line on which the body's first line stands, counting lines as verification does. */
function bodyFirstLine(runner: RunnerSource): number {
  const { before } = bodySlot(runner);
  return runner.text.slice(0, before).split(/\r\n|\r|\n/).length + GAP.length;
}

/**
 * Diagnostics of the joined runner as lines of the body the model wrote; those on generated lines name the
 * runner's line in their message.
 */
export function bodyDiagnostics(runner: RunnerSource, body: string, diagnostics: Diagnostic[]): Diagnostic[] {
  const first = bodyFirstLine(runner);
  const last = first + normalized(body).split(/\r\n|\r|\n/).length - 1;
  const bodyName = bodyFileName(runner);
  return diagnostics.map((diagnostic) => {
    const { line } = diagnostic;
    if (line === null) return diagnostic;
    if (line < first || line > last)
      return { ...diagnostic, line: null, message: `${runner.file_name}, generated line ${line}: ${diagnostic.message}` };
    const bodyLine = line - first + 1;
    const message = diagnostic.message.replace(`${runner.file_name}:${line}:`, `${bodyName}:${bodyLine}:`);
    return { ...diagnostic, line: bodyLine, message };
  });
}

/** The model ended its turn without writing the body. */
export function bodyNotWrittenFailure(runner: RunnerSource): VerificationFailure {
  const name = bodyFileName(runner);
  return {
    message: `${name} was not written: main() is still the generated TODO`,
    details: `Write ${name} with the Write tool: main() and its helpers.`,
  };
}

/**
 * What the prompt shows of the runner's body: of the generated TODO main() its signature line (name, parameters,
 * default, return type), the rest being scaffolding; a saved program's main() and helpers whole.
 */
export function mainTemplate(runner: RunnerSource): string {
  const body = runnerBody(runner);
  return body.includes(runner.todo_marker) ? (body.split(/\r\n|\r|\n/)[0] ?? body) : body;
}

/** What the model is told to write, starting from `start` (the generated runner, or a port's start). */
export function programBrief(run: Pick<Run, 'workspace' | 'module' | 'runnerPath' | 'language'>, start: RunnerSource): ProgramBrief {
  const { workspace, module, runnerPath, language } = run;
  return {
    bodyPath: workspace.file(bodyFileName(start)),
    language: module.language,
    template: mainTemplate(start),
    api: apiSection({
      runner: start,
      runnerPath,
      tools: module.tools,
      wrapperPattern: language.wrapperPattern,
      readableApi: language.readableApi,
    }),
  };
}
