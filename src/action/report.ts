import { RUN_FILE_NAMES, type CodeModeResult, type TraceEntry } from '../lib.js';
import { formatCost, jsonText, NOT_SANDBOXED, shorten, unenforcedLimits } from '../format.js';
import { programMarker, shortHash, type ProgramRecord } from './approve.js';
import { REPORT_MARKER } from './event.js';

export { redact, redactedValues } from '../redaction.js';

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
}

export interface ProgramContext {
  record: ProgramRecord;
  /** The phrase comments start with, e.g. `/codemode`. */
  phrase: string;
  /** Who approved it and when it ran, once it did. */
  approval: { by: string; at: string } | null;
}

export type MarkerContext = Pick<ReportContext, 'triggerKey'>;

export function triggerMarker(triggerKey: string): string {
  return `<!-- codemode-action:trigger=${triggerKey} -->`;
}

function markers({ triggerKey }: MarkerContext): string {
  return triggerKey ? `${REPORT_MARKER}\n${triggerMarker(triggerKey)}` : REPORT_MARKER;
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

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
  return `_… ${omitted.toLocaleString('en-US')} ${which} characters: see ${where}._`;
}

/** A backtick fence longer than any backtick run inside the text. */
export function fence(text: string, info = ''): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const ticks = '`'.repeat(Math.max(3, longestRun + 1));
  return `${ticks}${info}\n${text.replace(/\n+$/, '')}\n${ticks}`;
}

function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

export function formatDuration(ms: number): string {
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/*
 * Untrusted text (program output, tool arguments, results and errors, exception messages, log tails) is
 * shown as text: inside code, or as Markdown only when it can neither notify, link, embed nor hide anything.
 * Headings and tables hold only our own words; untrusted text sits in code spans and fenced blocks.
 */

const ZERO_WIDTH_JOINER = '\u200d';

/** `@name` stays text: a zero-width joiner after each @ keeps GitHub from notifying anyone. */
export function neutralizeMentions(text: string): string {
  return text.replace(/@/g, `@${ZERO_WIDTH_JOINER}`);
}

/** One line of text as a code span that nothing inside can close: no mention, link, image or HTML renders. */
export function inlineCode(text: string): string {
  if (text === '') return '';
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const ticks = '`'.repeat(longestRun + 1);
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/** Makes our own short text safe inside one Markdown table cell. */
export function tableCell(text: string): string {
  return oneLine(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

/** Untrusted text as a code span inside a table cell; a pipe is escaped for the table, which leaves the code span showing it plain. */
export function codeCell(text: string): string {
  return inlineCode(oneLine(text)).replace(/\|/g, '\\|');
}

/** Untrusted text inside our own Markdown (an italic note): every punctuation mark Markdown could act on escaped. */
export function escapeText(text: string): string {
  return neutralizeMentions(
    oneLine(text)
      .replace(/[\\`*_[\]<>!|~&]/g, '\\$&')
      .replace(/:\/\//g, ':\\/\\/'),
  );
}

/** Fenced blocks whose info string makes GitHub render something (diagrams, maps, models) rather than show code. */
const RENDERED_FENCES = /^(mermaid|geojson|topojson|stl|math)\b/i;

/** Whether a fence opened in `text` is left open (it would swallow what follows), or is one GitHub renders. */
function unsafeFences(text: string): boolean {
  let open: { char: string; length: number } | null = null;
  for (const line of text.split('\n')) {
    const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!match) continue;
    const [, run = '', info = ''] = match;
    if (open === null) {
      if (run.startsWith('`') && info.includes('`')) continue;
      if (RENDERED_FENCES.test(info.trim())) return true;
      open = { char: run.charAt(0), length: run.length };
    } else if (run.startsWith(open.char) && run.length >= open.length && info.trim() === '') {
      open = null;
    }
  }
  return open !== null;
}

/**
 * A string output as Markdown, with mentions neutralised, when it holds nothing that could link, embed, run
 * HTML or hide what follows: no `<` (HTML, comments, autolinks), `[` (links, images, references), `&`
 * (entities), URL or `www.` (bare autolinks), and no fence left open; otherwise null, and it is shown as code.
 */
export function safeMarkdown(text: string): string | null {
  if (/[<[&]|:\/\/|www\./i.test(text) || unsafeFences(text)) return null;
  return neutralizeMentions(text);
}

function compactJson(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : (jsonText(value) ?? `[${typeof value}]`);
}

function taskSection(task: string): string {
  const { text, omitted } = cut(task, CAPS.task);
  return `**Task**\n\n${quote(omitted ? `${text}…` : text)}`;
}

function statusLine(result: CodeModeResult, mode: ReportContext['mode'], program: ProgramContext | null): string {
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

/** The program's hash and what a reply can do with exactly it: run it once generated, save it once it ran. */
function programSection(program: ProgramContext | null): string | null {
  if (!program) return null;
  const hash = `SHA-256 \`${shortHash(program.record.sha256)}\``;
  if (program.record.state === 'generated') {
    return `**Program** ${hash}: reply \`${program.phrase} approve\` to run exactly this program, with no model request.`;
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
  return details(title, `${fence(text, result.language === 'python' ? 'python' : 'ts')}${more}`);
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

function links({ runUrl, artifactUrl }: Pick<ReportContext, 'runUrl' | 'artifactUrl'>): string[] {
  return [runUrl ? `[Workflow run](${runUrl})` : null, artifactUrl ? `[Artifact](${artifactUrl})` : null].filter(
    (link): link is string => link !== null,
  );
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
  return fit([
    { text: program ? `${markers(context)}\n${programMarker(program.record)}` : markers(context) },
    { text: statusLine(result, context.mode, program) },
    { text: result.success ? programSection(program) : null },
    { text: result.sandboxed ? null : `> ${NOT_SANDBOXED}` },
    { text: limits && `> ${limits}` },
    { text: taskSection(context.task) },
    { text: driftSection(result, artifactUrl, context.proposalUrl ?? null) },
    { text: attemptsSection(result) },
    { text: executed && (result.success || result.trace.length > 0) ? traceSection(result.trace, artifactUrl) : null, dropRank: 2 },
    { text: result.code ? codeSection(result, artifactUrl) : null, dropRank: 1 },
    { text: executed && (result.success || result.output != null) ? outputSection(result, artifactUrl) : null, dropRank: 3 },
    { text: logSection(result, artifactUrl), dropRank: 0 },
    { text: footer(result, context) },
  ]);
}

/** A report for a run that stopped before the engine could produce a result (bad tools path, missing binary...). */
export function renderErrorReport(error: string, context: ReportContext): string {
  const footerLinks = links(context);
  return [
    markers(context),
    failureLine(error, null),
    taskSection(context.task),
    footerLinks.length ? `<sub>${footerLinks.join(' · ')}</sub>` : null,
  ]
    .filter((part): part is string => part !== null)
    .join('\n\n');
}

export function renderProgress(context: Pick<ReportContext, 'task' | 'runUrl' | 'triggerKey'>): string {
  const run = context.runUrl ? ` [Workflow run](${context.runUrl})` : '';
  return `${markers(context)}\n⏳ Working on it…${run}\n\n${taskSection(context.task)}`;
}

export function renderUsage(context: MarkerContext & { triggerPhrase: string }): string {
  const phrase = context.triggerPhrase;
  return [
    markers(context),
    `Say what the program should do after \`${phrase}\`, for example:`,
    fence(`${phrase} List the open issues labelled "bug" and summarise them as a table.`),
  ].join('\n\n');
}

export function renderSaved(pull: { number: number; html_url: string; path: string }, context: MarkerContext): string {
  return `${markers(context)}\n📌 Opened #${pull.number} to add \`${pull.path}\`: ${pull.html_url}`;
}

export function renderRefusal(reason: string, context: MarkerContext): string {
  return `${markers(context)}\n🚫 ${reason}`;
}
