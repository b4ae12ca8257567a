import { budgetNote, formatCost, jsonText, NOT_SANDBOXED, shorten, unenforcedLimits, usageLine } from '../format.js';
import type { CodeModeResult, PausedCall, TraceEntry } from '../lib.js';

function describeCall(entry: TraceEntry): string {
  const args = shorten(jsonText(entry.args) ?? '', 80);
  const outcome = entry.ok ? shorten(jsonText(entry.result) ?? 'ok', 80) : `error: ${entry.error ?? 'failed'}`;
  const replayed = entry.replayed ? ' (replayed from an earlier attempt)' : '';
  return `  ${entry.tool}(${args}) → ${outcome}  [${entry.duration_ms.toFixed(1)} ms]${replayed}`;
}

/** The call a run paused at, and how to go on with it. */
function pendingCall(call: PausedCall, result: CodeModeResult): string {
  const args = shorten(jsonText(call.args) ?? '', 200);
  const program = result.program ?? '<the program, saved with --save>';
  const journal = result.files.journal;
  const how = journal
    ? `\nTo approve it: codemode run --tools ${result.tools_module} --program ${program} --resume ${journal} --approve ${call.call}`
    : '';
  return `Pending call ${call.call}: ${call.tool}(${args}) needs approval.${how}`;
}

/** The result as a person reads it in a terminal. */
export function renderResult(result: CodeModeResult): string {
  const lines = [result.success ? '✔ Success' : `✖ Failed (${result.failed_phase ?? 'unknown phase'}): ${result.error ?? 'unknown error'}`];
  const budget = budgetNote(result);
  if (budget) lines.push(budget);
  if (!result.sandboxed) lines.push(NOT_SANDBOXED);
  const limits = unenforcedLimits(result);
  if (limits) lines.push(limits);
  if (result.drift) lines.push('', 'Signature diff:', result.drift.diff);
  if (result.success) {
    const output = typeof result.output === 'string' ? result.output : jsonText(result.output, 2);
    lines.push('', 'Output:', output ?? 'null');
    if (result.output_note) lines.push(`(note: ${result.output_note})`);
  }
  if (result.pending_call) lines.push('', pendingCall(result.pending_call, result));
  if (result.trace.length) lines.push('', `Tool calls (${result.trace.length}):`, ...result.trace.map(describeCall));
  if (!result.success && result.execution_log.trim()) lines.push('', 'Execution log (tail):', result.execution_log.slice(-2000));
  lines.push(
    '',
    `Attempts: ${result.attempts.length}  Turns: ${result.turns}  Cost: ${formatCost(result.cost_usd)}  Time: ${(result.timings.total_ms / 1000).toFixed(1)} s`,
    `Usage: ${usageLine(result)}`,
  );
  if (result.workspace_dir) lines.push(`Workspace: ${result.workspace_dir}`);
  return lines.join('\n');
}

/** The outcome of `codemode check`: the saved program matches today's tools and verifies, or why not, with the diff. */
export function renderDriftCheck(result: CodeModeResult): string {
  const program = result.program ?? result.runner_file;
  if (result.success) return `✔ ${program} matches the tools in ${result.tools_module} and verifies`;
  const lines = [`✖ ${result.error ?? 'The check failed'}`];
  if (result.drift) lines.push('', result.drift.diff);
  return lines.join('\n');
}
