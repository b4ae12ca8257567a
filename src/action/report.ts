import { languageDescription } from '../engine/registry.js';
import { RUN_FILE_NAMES } from '../engine/run/workspace-files.js';
import {
  budgetNote,
  formatBytes,
  formatCost,
  formatCount,
  jsonText,
  NOT_SANDBOXED,
  shorten,
  unenforcedLimits,
  usageLine,
} from '../format.js';
import type { CodeModeResult, PausedCall, TraceEntry } from '../lib.js';
import {
  codeCell,
  details,
  escapeAngleBrackets,
  escapeText,
  fence,
  inlineCode,
  oneLine,
  quote,
  safeMarkdown,
  tableCell,
} from './markdown.js';
import { commentMarkers, type ProgramRecord } from './markers.js';
import type { CallProgress } from './progress-comment.js';
import { type ReportComment, shortHash } from './reported-program.js';

/** GitHub refuses comment bodies longer than this. */
export const COMMENT_LIMIT = 65_536;

const CAPS = {
  task: 2_000,
  drift: 12_000,
  error: 500,
  note: 500,
  output: 18_000,
  table: 10_000,
  cell: 80,
  code: 18_000,
  log: 6_000,
  attemptError: 200,
} as const;

export interface ReportContext {
  task: string;
  mode: 'run' | 'generate';
  runUrl: string | null;
  artifactUrl: string | null;
  /** Identifies the trigger (a comment id or a run), so the same comment is found and updated again. */
  triggerKey: string | null;
  /** The program a generated report offers for approval, or an approved one that ran. */
  program?: ProgramContext | null;
  /** The pull request that proposes a drifted saved program's port to today's tools. */
  proposalUrl?: string | null;
  /** Which configuration files were read from the base branch instead of the pull request. */
  configOrigin?: string | null;
}

export interface ProgramContext {
  record: ProgramRecord;
  /** The phrase comments start with, e.g. `/codemode`. */
  phrase: string;
  /** Who approved it and when it ran, once it did. */
  approval: { by: string; at: string } | null;
}

export type MarkerContext = Pick<ReportContext, 'triggerKey'>;

interface Cut {
  text: string;
  omitted: number;
}

/** Keeps at most `max` characters from the head or the tail, at a line break when one is near. */
function cut(text: string, max: number, keep: 'head' | 'tail' = 'head'): Cut {
  if (text.length <= max) return { text, omitted: 0 };
  if (keep === 'head') {
    const lineEnd = text.lastIndexOf('\n', max);
    const end = lineEnd > max / 2 ? lineEnd : max;
    return { text: text.slice(0, end), omitted: text.length - end };
  }
  const lineStart = text.indexOf('\n', text.length - max);
  const start = lineStart !== -1 && lineStart < text.length - max / 2 ? lineStart + 1 : text.length - max;
  return { text: text.slice(start), omitted: start };
}

function pointer(omitted: number, file: string, artifactUrl: string | null, which: 'more' | 'earlier' = 'more'): string {
  const where = artifactUrl ? `\`${file}\` in the [artifact](${artifactUrl})` : `\`${file}\` in the workflow artifact`;
  return `_… ${formatCount(omitted)} ${which} characters: see ${where}._`;
}

export function formatDuration(ms: number): string {
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

function compactJson(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : (jsonText(value) ?? `[${typeof value}]`);
}

function taskSection(task: string): string {
  const { text, omitted } = cut(task, CAPS.task);
  // Escaped `<`: no HTML, and no marker the action would read, can come from the task.
  return `**Task**\n\n${quote(escapeAngleBrackets(omitted ? `${text}…` : text))}`;
}

function statusLine(result: CodeModeResult, mode: ReportContext['mode'], program: ProgramContext | null): string {
  if (result.pending_call) return `### ⏸️ Code Mode paused before call ${result.pending_call.call}: it needs approval`;
  if (!result.success) return failureLine(result.error ?? 'The run failed.', result.failed_phase);
  if (program?.approval) return '### ✅ Code Mode ran the approved program, with no model request';
  if (result.program !== null) {
    const program = inlineCode(oneLine(result.program));
    return mode === 'generate'
      ? `### ✅ Code Mode checked and verified the saved program ${program} (not executed)`
      : `### ✅ Code Mode ran the saved program ${program}, with no model request`;
  }
  return mode === 'generate' ? '### ✅ Code Mode wrote and verified a program (not executed)' : '### ✅ Code Mode succeeded';
}

/** The call the run paused at: its tool and the arguments as the program passed them (untrusted: as code). */
function pendingSection(call: PausedCall): string {
  const tool = inlineCode(shorten(oneLine(call.tool), CAPS.cell));
  const { text, omitted } = cut(jsonText(call.args, 2) ?? 'null', CAPS.output);
  const more = omitted ? `\n\n_… ${formatCount(omitted)} more characters._` : '';
  return `**Pending call ${call.call}**: ${tool}, not made, with the arguments the program passed:\n\n${fence(text, 'json')}${more}\n\nThe calls before it are below; none after it was made.`;
}

/** The program's hash and what a reply can do with exactly it: run it once generated, save it once it ran. */
function programSection(program: ProgramContext | null, pending: PausedCall | null): string | null {
  if (!program) return null;
  const hash = `SHA-256 \`${shortHash(program.record.sha256)}\``;
  if (program.record.state === 'paused' && pending) {
    const reply = (words: string) => `\`${program.phrase} ${words}\``;
    const short = shortHash(program.record.sha256);
    const tool = inlineCode(shorten(oneLine(pending.tool), CAPS.cell));
    return `**Program** ${hash}: reply ${reply(`approve ${short}`)} to make this call and go on, ${reply(`approve ${short} all`)} to approve every call of ${tool} in this run, or ${reply(`reject ${short}`)} to end the run here. The calls already made are answered from the run's journal, not made again.`;
  }
  if (program.record.state === 'generated') {
    return `**Program** ${hash}: reply \`${program.phrase} approve ${shortHash(program.record.sha256)}\` to run exactly this program, with no model request.`;
  }
  const approved = program.approval ? `Approved by @${program.approval.by}, ran at ${program.approval.at}. ` : '';
  return `${approved}**Program** ${hash}: reply \`${program.phrase} save <name>\` to open a pull request that adds it as a saved program for scheduled runs.`;
}

/** What changed in the tools since the saved program was written, saved (-) against generated today (+). */
function driftSection(result: CodeModeResult, artifactUrl: string | null, proposalUrl: string | null): string | null {
  if (!result.drift) return null;
  const next = proposalUrl
    ? `A port to the tools as they are now, verified but not run, is proposed in ${proposalUrl}.`
    : 'Regenerate it for the tools as they are now.';
  const { text, omitted } = cut(result.drift.diff, CAPS.drift);
  const more = omitted ? `\n\n${pointer(omitted, RUN_FILE_NAMES.result, artifactUrl)}` : '';
  return `#### Signature diff\n\nThe program did not run. ${next}\n\n${fence(text, 'diff')}${more}`;
}

/** The heading is ours; the error, which may quote the program, follows as code. */
function failureLine(error: string, phase: string | null): string {
  const where = phase ? ` in ${phase}` : '';
  return `### ❌ Code Mode failed${where}\n\n${fence(shorten(oneLine(error), CAPS.error), 'text')}`;
}

function outputSection(result: CodeModeResult, artifactUrl: string | null): string {
  const note = result.output_note ? `\n\n_${escapeText(shorten(oneLine(result.output_note), CAPS.note))}_` : '';
  if (result.output === null || result.output === undefined) return `#### Output\n\n_No output._${note}`;
  const isString = typeof result.output === 'string';
  const text = isString ? (result.output as string) : JSON.stringify(result.output, null, 2);
  const { text: kept, omitted } = cut(text, CAPS.output);
  const body = isString ? (safeMarkdown(kept) ?? fence(kept, 'text')) : fence(kept, 'json');
  const more = omitted ? `\n\n${pointer(omitted, RUN_FILE_NAMES.result, artifactUrl)}` : '';
  return `#### Output\n\n${body}${more}${note}`;
}

function traceRow(entry: TraceEntry, index: number): string {
  const untrusted = (text: string) => codeCell(shorten(oneLine(text), CAPS.cell));
  const outcome = entry.ok ? untrusted(compactJson(entry.result)) : `❌ ${untrusted(entry.error ?? 'failed')}`;
  const cells = [
    tableCell(`${index + 1}${entry.replayed ? ' ↩' : ''}`),
    tableCell(shorten(oneLine(entry.tool), CAPS.cell)),
    untrusted(compactJson(entry.args)),
    outcome,
  ];
  return `| ${cells.join(' | ')} | ${formatDuration(entry.duration_ms)} |`;
}

function traceSection(trace: TraceEntry[], artifactUrl: string | null): string {
  if (trace.length === 0) return '#### Tool calls\n\n_No tool was called._';
  const lines = ['| # | Tool | Arguments | Result | Duration |', '| --- | --- | --- | --- | --- |'];
  let length = lines.join('\n').length;
  let shown = 0;
  for (const [index, entry] of trace.entries()) {
    const row = traceRow(entry, index);
    if (length + row.length + 1 > CAPS.table) break;
    lines.push(row);
    length += row.length + 1;
    shown += 1;
  }
  const rest = trace.length - shown;
  const where = artifactUrl ? `the [artifact](${artifactUrl})` : 'the workflow artifact';
  const more = rest ? `\n\n_… ${rest} more calls: see \`${RUN_FILE_NAMES.result}\` in ${where}._` : '';
  const replayed = trace.filter((entry) => entry.replayed).length;
  const replayNote = replayed ? `\n\n_↩ ${replayed} of these were answered from an earlier attempt's identical call, not run again._` : '';
  return `#### Tool calls (${trace.length})\n\n${lines.join('\n')}${more}${replayNote}`;
}

function codeSection(result: CodeModeResult, artifactUrl: string | null): string {
  const file = result.runner_file;
  const { text, omitted } = cut(result.code, CAPS.code);
  const more = omitted ? `\n\n${pointer(omitted, file, artifactUrl)}` : '';
  const title =
    result.program === null ? `Generated code (<code>${file}</code>)` : `Saved program (<code>${tableCell(result.program)}</code>)`;
  return details(title, `${fence(text, languageDescription(result.language).fence)}${more}`);
}

/**
 * The lines the model wrote (main() and its helpers), open, each stretch under its line numbers in the runner: what
 * a reviewer must judge, above the whole runner, whose generated wrappers and types can run to hundreds of lines.
 */
function modelLinesSection(result: CodeModeResult, artifactUrl: string | null): string | null {
  if (result.model_lines.length === 0 || result.program !== null) return null;
  const language = languageDescription(result.language).fence;
  const budget = Math.floor(CAPS.code / result.model_lines.length);
  const stretches = result.model_lines.map(({ first_line, text }) => {
    const last = first_line + text.split('\n').length - 1;
    const { text: kept, omitted } = cut(text, budget);
    const more = omitted ? `\n\n${pointer(omitted, result.runner_file, artifactUrl)}` : '';
    return `Lines ${first_line}–${last} of <code>${result.runner_file}</code>:\n\n${fence(kept, language)}${more}`;
  });
  return `#### Code the model wrote\n\n${stretches.join('\n\n')}`;
}

function logSection(result: CodeModeResult, artifactUrl: string | null): string | null {
  if (!result.execution_log) return null;
  const { text, omitted } = cut(result.execution_log, CAPS.log, 'tail');
  const earlier = omitted ? `${pointer(omitted, RUN_FILE_NAMES.log, artifactUrl, 'earlier')}\n\n` : '';
  return details('Execution log (tail)', `${earlier}${fence(text, 'text')}`);
}

function attemptsSection(result: CodeModeResult): string | null {
  if (result.attempts.length < 2 && result.attempts.every((attempt) => attempt.failed_phase === null)) return null;
  const lines = result.attempts.map((attempt) =>
    attempt.failed_phase === null
      ? `- Attempt ${attempt.number}: ✅`
      : `- Attempt ${attempt.number}: ❌ ${attempt.failed_phase}: ${inlineCode(shorten(oneLine(attempt.error ?? ''), CAPS.attemptError))}`,
  );
  return `#### Attempts\n\n${lines.join('\n')}`;
}

function configOriginNote({ configOrigin }: Pick<ReportContext, 'configOrigin'>): string | null {
  return configOrigin ? `> ${configOrigin}` : null;
}

function links({ runUrl, artifactUrl }: Pick<ReportContext, 'runUrl' | 'artifactUrl'>): string[] {
  return [runUrl ? `[Workflow run](${runUrl})` : null, artifactUrl ? `[Artifact](${artifactUrl})` : null].filter(
    (link): link is string => link !== null,
  );
}

/** What each attempt used and the run's total, for the job summary. */
export function renderUsageDetail(result: CodeModeResult): string {
  const header = [
    '| Attempt | Model requests | input_tokens | output_tokens | cache_read_input_tokens | cache_creation_input_tokens | Cost | Tool calls | Tool results | Given to the model |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  ];
  const row = (label: string, cost: number, used: Partial<CodeModeResult['usage']>) =>
    `| ${[
      label,
      ...(['model_requests', 'input_tokens', 'output_tokens', 'cache_read_input_tokens', 'cache_creation_input_tokens'] as const).map(
        (count) => formatCount(used[count] ?? 0),
      ),
      formatCost(cost),
      formatCount(used.tool_calls ?? 0),
      formatBytes(used.tool_result_bytes ?? 0),
      formatBytes(used.model_context_bytes ?? 0),
    ].join(' | ')} |`;
  const attempts = result.attempts.map((attempt) =>
    row(String(attempt.number), attempt.cost_usd, { ...attempt.model_usage, ...attempt.tool_usage }),
  );
  const note =
    '_Tool results are the bytes the program received from its tools, none of which reached the model; the model was given the prompts and the files it read._';
  return `#### Usage\n\n${[...header, ...attempts, row('**Total**', result.cost_usd, result.usage)].join('\n')}\n\n${note}`;
}

function footer(result: CodeModeResult, context: ReportContext): string {
  const facts = [
    `Attempts: ${result.attempts.length}`,
    `Turns: ${result.turns}`,
    `Cost: ${formatCost(result.cost_usd)}`,
    `Duration: ${formatDuration(result.timings.total_ms)}`,
  ];
  return `<sub>${[...facts, ...links(context)].join(' · ')}</sub>`;
}

const OMITTED = '_Omitted: too long for a comment; see the workflow artifact._';

interface Section {
  text: string | null;
  /** Sections with a rank may be replaced by a pointer to the artifact, lowest rank first, to fit the limit. */
  dropRank?: number;
}

function fit(sections: Section[]): string {
  const parts = sections.map((section) => section.text);
  const join = () => parts.filter((part): part is string => part !== null).join('\n\n');
  const droppable = sections
    .map((section, index) => ({ index, rank: section.dropRank }))
    .filter((entry): entry is { index: number; rank: number } => entry.rank !== undefined && parts[entry.index] !== null)
    .sort((a, b) => a.rank - b.rank);
  for (const { index } of droppable) {
    if (join().length <= COMMENT_LIMIT) break;
    parts[index] = OMITTED;
  }
  return join();
}

/**
 * The final report of a run within GitHub's size limit: status, task, attempts, tool calls and code first,
 * then what the program wrote (its output and log tail), so nothing in those can hide the rest.
 */
export function renderReport(result: CodeModeResult, context: ReportContext): string {
  const executed = context.mode === 'run';
  const { artifactUrl } = context;
  const program = context.program ?? null;
  const limits = unenforcedLimits(result);
  const budget = budgetNote(result);
  return fit([
    { text: commentMarkers(context.triggerKey, program?.record ?? null) },
    { text: statusLine(result, context.mode, program) },
    { text: budget && `> ${budget}` },
    { text: result.pending_call ? pendingSection(result.pending_call) : null },
    { text: result.success || result.pending_call ? programSection(program, result.pending_call) : null },
    { text: result.sandboxed ? null : `> ${NOT_SANDBOXED}` },
    { text: limits && `> ${limits}` },
    { text: configOriginNote(context) },
    { text: taskSection(context.task) },
    { text: driftSection(result, artifactUrl, context.proposalUrl ?? null) },
    { text: attemptsSection(result) },
    { text: executed && (result.success || result.trace.length > 0) ? traceSection(result.trace, artifactUrl) : null, dropRank: 2 },
    { text: modelLinesSection(result, artifactUrl), dropRank: 4 },
    { text: result.code ? codeSection(result, artifactUrl) : null, dropRank: 1 },
    { text: executed && (result.success || result.output != null) ? outputSection(result, artifactUrl) : null, dropRank: 3 },
    { text: logSection(result, artifactUrl), dropRank: 0 },
    { text: `<sub>${escapeText(usageLine(result))}</sub>` },
    { text: footer(result, context) },
  ]);
}

/** A report for a run that stopped before the engine could produce a result (bad tools path, missing binary...). */
export function renderErrorReport(error: string, context: ReportContext): string {
  const footerLinks = links(context);
  return [
    commentMarkers(context.triggerKey),
    failureLine(error, null),
    configOriginNote(context),
    taskSection(context.task),
    footerLinks.length ? `<sub>${footerLinks.join(' · ')}</sub>` : null,
  ]
    .filter((part): part is string => part !== null)
    .join('\n\n');
}

/** The progress comment: working on it, and while the program runs, its calls so far and the last one's tool. */
export function renderProgress(context: Pick<ReportContext, 'task' | 'runUrl' | 'triggerKey'>, calls: CallProgress | null = null): string {
  const run = context.runUrl ? ` [Workflow run](${context.runUrl})` : '';
  const running = calls
    ? `\n\n🔧 The program is running: ${formatCount(calls.calls)} tool call${calls.calls === 1 ? '' : 's'} so far, the last to ${inlineCode(shorten(oneLine(calls.tool), CAPS.cell))}.`
    : '';
  return `${commentMarkers(context.triggerKey)}\n⏳ Working on it…${run}${running}\n\n${taskSection(context.task)}`;
}

export function renderUsage(context: MarkerContext & { triggerPhrase: string }): string {
  const phrase = context.triggerPhrase;
  return [
    commentMarkers(context.triggerKey),
    `Say what the program should do after \`${phrase}\`, for example:`,
    fence(`${phrase} List the open issues labelled "bug" and summarise them as a table.`),
  ].join('\n\n');
}

export function renderSaved(pull: { number: number; html_url: string; path: string }, context: MarkerContext): string {
  return `${commentMarkers(context.triggerKey)}\n📌 Opened #${pull.number} to add \`${pull.path}\`: ${pull.html_url}`;
}

/** The reply to a rejection: who rejected which run's pending call; the report itself is marked rejected. */
export function renderRejected({ report, by }: { report: ReportComment; by: string }, context: MarkerContext): string {
  const call = report.record.call === undefined ? 'the pending call' : `call ${report.record.call}`;
  const program = `\`${shortHash(report.record.sha256)}\``;
  return `${commentMarkers(context.triggerKey)}\n🛑 @${by} rejected ${call} of the program ${program} (${report.html_url}): it was not made, and the run ended.`;
}

export function renderRefusal(reason: string, context: MarkerContext): string {
  return `${commentMarkers(context.triggerKey)}\n🚫 ${reason}`;
}
