import os from 'node:os';
import path from 'node:path';

import { z } from 'zod';

import type { ResumeRequest } from './approvals.js';
import { usageError } from './errors.js';
import { ELICITATION_POLICIES } from './mcp/elicitation.js';
import type { SavedProgram } from './program.js';
import { parseByteSize } from './sandbox/limits.js';
import { SANDBOX_MODES } from './sandbox/modes.js';
import type { Language, ProgressListener } from './types.js';

export const CLAUDE_CODE_VERSION = '2.1.330';

export const CHECK_MODES = ['strict', 'basic', 'off'] as const;
export type CheckMode = (typeof CHECK_MODES)[number];

const bytes = (name: string) =>
  z.union([z.number(), z.string()]).transform((value, context) => {
    const parsed = parseByteSize(value);
    if (parsed === null) context.addIssue({ code: 'custom', message: `${name} must be a number of bytes or a size such as 512M or 2G` });
    return parsed ?? z.NEVER;
  });

const seconds = (name: string) =>
  z
    .number({ error: `${name} must be a number of seconds` })
    .refine((n) => Number.isFinite(n) && n > 0, { error: `${name} must be a positive number of seconds` });

/** Mirrors the seed's CodeModeConfig, plus what a CI runner needs. Times are in seconds. */
export const CodeModeConfigSchema = z.object({
  workspace_dir: z.string().optional(),
  claude_code_path: z.string().optional(),
  claude_code_version: z.string().default(CLAUDE_CODE_VERSION),
  /** Where pinned Claude Code installs are cached, one directory per version; pyright is cached beside it, in `../pyright/<version>`. */
  cache_dir: z.string().default(() => path.join(os.homedir(), '.cache', 'codemode', 'claude-code')),
  timeout: seconds('timeout').default(900),
  execution_timeout: seconds('execution_timeout').default(120),
  /** Report each Claude Code event (tool use, turn, cost) as progress, not just the phases. */
  verbose: z.boolean().default(false),
  preserve_workspace: z.boolean().default(false),
  model: z.string().min(1).optional(),
  max_turns: z.number().int().positive().default(12),
  max_attempts: z.number().int().positive().max(10).default(2),
  /** The toolchain options (`python`, `node`, `pyright_path`): each language reads its own, in its `toolchain`. */
  python: z.string().default('python3'),
  /** Node.js that runs generated TypeScript/JavaScript programs. */
  node: z.string().default('node'),
  /** Repository root: the runner executes here and the tools module must lie inside it. */
  repo_root: z.string().default(() => process.cwd()),
  /** `required` runs the program under bubblewrap or fails before any model request; `off` runs it with the caller's reach. */
  sandbox: z.enum(SANDBOX_MODES, { error: "sandbox must be 'required' or 'off'" }).default('required'),
  /** Processes and threads the sandboxed program may run at once. */
  max_processes: z.number({ error: 'max_processes must be a whole number' }).int().positive().default(512),
  /** Bytes (or a size such as `1G`) the sandbox's /tmp may hold, and its /dev/shm as much again. */
  tmp_size: bytes('tmp_size').default(1024 ** 3),
  /** Bytes (or a size such as `2G`) of memory each of the sandboxed program's processes may allocate. */
  max_memory: bytes('max_memory').default(2 * 1024 ** 3),
  /**
   * How Python programs are type-checked with pyright before they run: `basic` (its basic rules), `strict`, or
   * `off` (compiled and scanned only; pyright is not installed).
   */
  check: z.enum(CHECK_MODES, { error: "check must be 'strict', 'basic' or 'off'" }).default('basic'),
  /**
   * How a server's `elicitation/create` is answered with nobody to ask: `defaults` accepts with the requested
   * schema's defaults when every required field has one and declines otherwise; `decline` declines them all.
   */
  mcp_elicitation: z.enum(ELICITATION_POLICIES, { error: "mcp_elicitation must be 'defaults' or 'decline'" }).default('defaults'),
  /** pyright's command-line script (`node_modules/pyright/index.js`) to use instead of installing one. */
  pyright_path: z.string().optional(),
  /** Names or globs of the tools whose calls need a person's approval: the run pauses before each (docs/approvals.md). */
  approve_tools: z.array(z.string().min(1, { error: 'approve_tools holds an empty name' })).default([]),
  /** The calls of MCP tools annotated destructiveHint (and not readOnlyHint) need approval too. */
  approve_destructive_mcp: z.boolean().default(true),
  /** Tool calls one run of the program may make; the tool host refuses the ones past it (docs/budgets.md). */
  max_tool_calls: z
    .number({ error: 'max_tool_calls must be a whole number' })
    .int({ error: 'max_tool_calls must be a whole number' })
    .positive({ error: 'max_tool_calls must be at least 1' })
    .default(2000),
  /** Seconds one tool call may take before it fails with a TimeoutError; no limit beyond execution_timeout when absent. */
  tool_timeout: seconds('tool_timeout').optional(),
  /** US dollars the Claude Code sessions of a run may spend together, repairs included; no limit when absent. */
  max_cost_usd: z
    .number({ error: 'max_cost_usd must be a number of US dollars' })
    .refine((n) => Number.isFinite(n) && n > 0, { error: 'max_cost_usd must be a positive number of US dollars' })
    .optional(),
  /** Stdout+stderr bytes of the generated program kept in memory; the rest only goes to execution.log. */
  log_cap_bytes: z
    .number()
    .int()
    .positive()
    .default(1024 * 1024),
});

export type CodeModeConfigInput = z.input<typeof CodeModeConfigSchema>;
export type CodeModeConfig = z.output<typeof CodeModeConfigSchema>;

export interface CodeModeOptions {
  /** Path of the tools module (absolute, or relative to repo_root); optional when `mcp` is given. */
  tools?: string;
  /** MCP servers whose tools the program gets: a `.mcp.json` path relative to repo_root, or its JSON. */
  mcp?: string;
  /** The runner's language when the tools all come from MCP servers (default `typescript`). */
  language?: Language;
  /** What the program should do; with `program`, optional (the saved program carries its own). */
  task?: string;
  /**
   * A saved runner to verify against today's tools and run instead of asking the model, with no Claude Code
   * install and no model request: its path (absolute, or relative to repo_root), or its text and the name to
   * report it by (e.g. a program fetched from an earlier run).
   */
  program?: string | SavedProgram;
  /**
   * When the saved program's tools drifted: `fail` (default), or `propose`: Claude Code ports main() to today's
   * tools, starting from the saved program, and the port is verified but not run, and returned as `proposal`.
   */
  onDrift?: 'fail' | 'propose';
  /**
   * Resumes the saved `program`, which paused at a call that needs approval: the calls of its journal are answered
   * from it, the approved pending call is made, and the run goes on (docs/approvals.md).
   */
  resume?: ResumeRequest;
  config?: CodeModeConfigInput;
  /** Environment the credentials come from; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /**
   * Variables of `env` that are the caller's credentials (e.g. a CI runner's tokens): they reach neither the
   * tools nor the program. Model credentials are always withheld.
   */
  withheldVariables?: readonly RegExp[];
  /** Makes the sandbox available before it is probed (e.g. installs bubblewrap on a CI runner); errors end the run. */
  sandboxSetup?: (signal: AbortSignal) => Promise<void>;
  onProgress?: ProgressListener;
  /** Stop after writing the runner and the prompt, before Claude. */
  dryRun?: boolean;
  /** Run Claude and verify, but do not execute the program (default true). */
  execute?: boolean;
  signal?: AbortSignal;
}

export function parseConfig(input: CodeModeConfigInput | undefined): CodeModeConfig {
  const parsed = CodeModeConfigSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw usageError(
      issue ? `Invalid config ${issue.path.join('.') || 'value'}: ${issue.message}` : `Invalid config: ${parsed.error.message}`,
    );
  }
  return parsed.data;
}
