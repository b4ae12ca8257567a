import { z } from 'zod';

import type { PausedCall } from './approvals.js';
import type { TokenUsage } from './claude/stream.js';
import { ElicitationRecordSchema, MAX_ELICITATIONS_PER_CALL } from './mcp/elicitation.js';

/** One parameter of a tool as the model sees it. */
export const ToolParamSchema = z.object({
  name: z.string(),
  kind: z.enum(['positional_only', 'positional_or_keyword', 'var_positional', 'keyword_only', 'var_keyword']),
  /** The annotation or type exactly as written in the tools module, or null when absent. */
  annotation: z.string().nullable(),
  /** Source text of the default value, or null when the parameter has none. */
  default: z.string().nullable(),
  /** Per-parameter documentation (JSDoc @param), when the language has it. */
  doc: z.string().nullable().default(null),
});
export type ToolParam = z.infer<typeof ToolParamSchema>;

/** One function of the user's tools module, extracted without copying its source. */
export const ToolSpecSchema = z.object({
  name: z.string(),
  params: z.array(ToolParamSchema),
  returns: z.string().nullable(),
  doc: z.string(),
  async: z.boolean(),
  /** A remark the model or a reviewer should see (e.g. a type that could not be rendered). */
  note: z.string().nullable().default(null),
  /** Parameters whose type is missing or Any, plus 'return' when the result is: the model has to guess these. */
  untyped: z.array(z.string()).default([]),
});
export type ToolSpec = z.infer<typeof ToolSpecSchema>;

export const LANGUAGES = ['typescript', 'python'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Everything extraction learns about a tools module; `Data` is what only its language needs. */
export interface ToolModule<Data = unknown> {
  language: Language;
  /** Absolute path of the tools module. */
  path: string;
  /** Path of the tools module relative to the repository root, with forward slashes. */
  relative_path: string;
  tools: ToolSpec[];
  /** Declarations the signatures refer to (TypeScript interfaces, aliases, enums; Python class stubs), rendered as source. */
  declarations: string[];
  /** Remarks on the module as a whole for a reader of the run, such as exports that are not served. */
  notes?: string[];
  data: Data;
  /** Tools of MCP servers, rendered for this language, when the run has any (src/engine/mcp). */
  mcp?: McpRunnerTools;
}

/** The server and tool a call of an MCP wrapper goes to. */
export interface McpRoute {
  server: string;
  tool: string;
}

/** The MCP tools as the runner and the tool host see them. */
export interface McpRunnerTools {
  /** The wrappers and their types, in the runner's language, placed after the tools module's wrappers. */
  source: string;
  /** The top-level names the source defines (one per server). */
  names: string[];
  /** Each call name the wrappers send, with the server and tool it goes to. */
  routes: Record<string, McpRoute>;
}

/** A protected region of a generated runner: whole lines, `text` starting at offset `start` of the runner's text. */
export interface ProtectedRegion {
  name: string;
  text: string;
  start: number;
}

/** A generated runner, with the regions that must survive Claude's edit byte for byte. */
export interface RunnerSource {
  file_name: string;
  text: string;
  /**
   * Each protected region in order, including its begin and end marker lines, with the offset in `text` where the
   * renderer put it. Everything between the regions (main() and helpers) is the model's; the regions are found by
   * position, never by searching for marker text.
   */
  protected_regions: ProtectedRegion[];
  /** A string present in the generated `main` body that must be gone once main is implemented. */
  todo_marker: string;
  /** Files written beside the runner (e.g. the tracing runtime it imports); they must stay byte-identical. */
  support_files?: { name: string; text: string }[];
}

/** A stretch of the runner the model wrote (main() and its helpers): its first line's number in the runner, and its text. */
export interface ModelLines {
  first_line: number;
  text: string;
}

/** One call of a tool made by the generated program. */
export const TraceEntrySchema = z.object({
  tool: z.string(),
  args: z.unknown(),
  ok: z.boolean(),
  result: z.unknown().optional(),
  error: z.string().nullable().optional(),
  /** Milliseconds from the program's start to the call's start. */
  start_ms: z.number(),
  duration_ms: z.number(),
  /** Answered from an earlier attempt's identical call instead of calling the tool again. */
  replayed: z.boolean().optional(),
  /** An MCP call's elicitations, each with the answer the run's policy gave. */
  elicitations: z.array(ElicitationRecordSchema).max(MAX_ELICITATIONS_PER_CALL).optional(),
});
export type TraceEntry = z.infer<typeof TraceEntrySchema>;

export type Phase = 'extract' | 'install' | 'claude' | 'verify' | 'execute';

/** Phases a run can fail in; a tools module that cannot be extracted is bad input and throws instead. */
export type FailedPhase = Exclude<Phase, 'extract'>;

export interface AttemptRecord {
  number: number;
  /** Phase in which the attempt failed, or null when it succeeded. */
  failed_phase: FailedPhase | null;
  error: string | null;
  turns: number;
  cost_usd: number;
  /**
   * The attempt's Claude Code process, spawn to exit. The first attempt's is spawned as soon as Claude Code is
   * found, while the tools are extracted, so it spans that too.
   */
  claude_ms: number;
  execute_ms: number | null;
  exit_code: number | null;
  /** What the attempt's Claude Code session used; absent when it asked no model. */
  model_usage?: ModelUsage;
  /** What the attempt's program used; absent when it did not run. */
  tool_usage?: ToolUsage;
}

/** A Claude Code session's tokens (under Anthropic's names) and model requests, and the bytes it gave the model. */
export interface ModelUsage extends TokenUsage {
  model_requests: number;
  /** The system prompt, the prompt and the results of the model's own tools (the runner it read). */
  model_context_bytes: number;
}

/** A program's tool calls and the bytes of their results, which the program got and the model never saw. */
export interface ToolUsage {
  /** The calls the program made, those answered from the journal and those a budget refused included. */
  tool_calls: number;
  tool_result_bytes: number;
}

/** What a run used, summed over its attempts. */
export type RunUsage = ModelUsage & ToolUsage;

/** The budgets that stop a run (docs/budgets.md); tool_timeout fails single calls, not the run. */
export type Budget = 'max_tool_calls' | 'max_cost_usd';

export interface PhaseTimings {
  extract_ms: number;
  install_ms: number;
  /**
   * Waiting for Claude Code: from each attempt's whole prompt to its session's end. The first session's start
   * while the tools were extracted is not in it, so that the phases do not overlap.
   */
  claude_ms: number;
  /** Waiting for the type checker after the session: the rest of its install, and its warm start. */
  type_checker_ms: number;
  verify_ms: number;
  execute_ms: number;
  total_ms: number;
}

/** How a saved program's protected regions differ from the ones generated from today's tools module. */
export interface ProgramDrift {
  /** Tools whose wrappers differ (changed, added or removed). */
  tools: string[];
  /** Protected regions whose code besides the wrappers differs. */
  regions: string[];
  /** The differing lines, saved (-) against generated today (+), as a unified diff with one hunk per tool. */
  diff: string;
}

export interface CodeModeResult {
  success: boolean;
  output: unknown;
  /** Set when the output could only be represented approximately (e.g. via repr). */
  output_note: string | null;
  error: string | null;
  /** The phase that produced `error`, or null on success. */
  failed_phase: FailedPhase | null;
  execution_log: string;
  /** Final text of the runner. */
  code: string;
  /** The lines of `code` outside the generated regions, which the model wrote: what a reviewer must judge. */
  model_lines: ModelLines[];
  /** File name of the runner, e.g. `agentRunner.py`. */
  runner_file: string;
  language: Language;
  trace: TraceEntry[];
  /** The program ran under the sandbox; false only when the caller turned it off. */
  sandboxed: boolean;
  /** The sandbox's limits and which of them the kernel enforced; absent when the program ran unsandboxed. */
  limits?: SandboxLimits;
  attempts: AttemptRecord[];
  session_id: string | null;
  turns: number;
  cost_usd: number;
  /** Tokens, model requests, tool calls and bytes, summed over the attempts. */
  usage: RunUsage;
  /** The budget that stopped the run, or null. */
  stopped_by_budget: Budget | null;
  timings: PhaseTimings;
  task: string;
  tools_module: string;
  /** The saved program that ran instead of asking the model, as its path from the repository root; null when none. */
  program: string | null;
  /** Set when the saved program no longer matches today's tools: nothing ran. */
  drift: ProgramDrift | null;
  /** The drifted saved program ported to today's tools by Claude Code and verified, not run (onDrift `propose`). */
  proposal: string | null;
  workspace_dir: string | null;
  /** The call the run paused at because it needs approval (the run failed in execute), or null. */
  pending_call: PausedCall | null;
  /** Paths of the run's files worth keeping, by role; empty when the workspace was removed. */
  files: RunFiles;
}

/** One limit of the sandbox: processes, or bytes. */
export interface SandboxLimit {
  limit: number;
  /** Whether the kernel enforced it here. */
  enforced: boolean;
  /** How the kernel enforced it (e.g. `RLIMIT_NPROC, counted per sandbox`), or, when it did not, why. */
  how: string;
}

export interface SandboxLimits {
  processes: SandboxLimit;
  /** Of /tmp, and as much again of /dev/shm. */
  tmp_size: SandboxLimit;
  /** Of each of the program's processes. */
  memory: SandboxLimit;
}

/** The files of a run by role, each an absolute path; a role is absent when its file was not written. */
export interface RunFiles {
  runner?: string;
  /** Files written beside the runner that it imports (e.g. the tracing runtime). */
  support?: string[];
  /** The whole CodeModeResult as JSON. */
  result?: string;
  /** Everything the program printed. */
  log?: string;
  /** Claude Code's stream-json transcript. */
  transcript?: string;
  /** The system, task and repair prompts. */
  prompt?: string;
  /** The call journal: every call of the last execution in order, with its outcome, which a paused run resumes from. */
  journal?: string;
}

export type ProgressEvent =
  | { kind: 'phase'; phase: Phase; message: string }
  | { kind: 'claude'; message: string }
  | { kind: 'attempt'; number: number; message: string }
  /** While the program runs: the calls it began so far and the last one's tool. */
  | { kind: 'calls'; calls: number; tool: string; message: string }
  | { kind: 'info'; message: string };

export type ProgressListener = (event: ProgressEvent) => void;
