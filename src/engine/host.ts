/**
 * The engine's side of the tool host (docs/tool-host.md): the launch spec it writes for the host, and the
 * host's report, which is the only account of what the program did.
 */
import path from 'node:path';

import { z } from 'zod';

import { type ApprovalSpec, NO_APPROVALS, PausedCallSchema } from './approvals.js';
import type { ExecutionCommand, LanguageContext, LanguageSupport } from './language.js';
import { MCP_CHANNEL_FD } from './mcp/serve.js';
import { CHANNEL_FD, sandboxedArgv, sandboxEnvironment, type SandboxLayout } from './sandbox.js';
import type { ProgramLimits } from './sandbox/limits.js';
import { onlyStdioCommand } from './sandbox/seccomp.js';
import { type ToolModule, TraceEntrySchema } from './types.js';

/** The largest message the program and the host may send each other. */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

/** The host's call log, beside its report: `host-report.json` → `host-report-calls.jsonl`. */
export function callLogPath(reportPath: string): string {
  return reportPath.replace(/(\.json)?$/, '-calls.jsonl');
}

/** What starts the program: its argv (in the sandbox when there is one) and its whole environment. */
export interface ProgramStart {
  program: string[];
  program_env: Record<string, string>;
}

export interface LaunchSpec extends ProgramStart {
  cwd: string;
  journal: string;
  /** Where the host appends every call that reaches a tool, in order, with its outcome: what a resumed run replays. */
  call_journal: string | null;
  /** Which calls need approval, and what a resumed run replays and makes. */
  approval: ApprovalSpec;
  report: string;
  /** Where the host appends each call as it begins and ends, read when the report is missing or cannot be read. */
  call_log: string;
  max_message_bytes: number;
  /** The host's descriptor on which the engine serves MCP calls, or null when the run has no MCP servers. */
  mcp_fd: number | null;
  /** The call names of the MCP tools (`server.tool`), which the host forwards on `mcp_fd`. */
  mcp_tools: string[];
  /** The calls the program may make; the host refuses the ones past it. Null for no limit. */
  max_tool_calls: number | null;
  /** How long one call may take before it fails with a timeout error; null for no limit beyond the run's. */
  tool_timeout_ms: number | null;
}

/** The limits the host puts on the program's tool calls (docs/budgets.md). */
export interface CallBudget {
  /** The calls the program may make; null for no limit. */
  maxToolCalls: number | null;
  /** How long one call may take, in milliseconds; null for no limit beyond the run's timeout. */
  toolTimeoutMs: number | null;
}

/** What the program sent as its result: whether main() returned, what it returned, or the exception it raised. */
export const ProgramResultSchema = z.object({
  ok: z.boolean(),
  output: z.unknown().optional(),
  output_note: z.string().nullable().optional(),
  error: z.object({ type: z.string(), message: z.string(), traceback: z.string() }).nullable().optional(),
});
export type ProgramResult = z.infer<typeof ProgramResultSchema>;

/** What the host writes when the program ends (`host-report.json`): the only account of what the program did. */
export const HostReportSchema = z.object({
  /** The program's tool calls, as the host served them. */
  trace: z.array(TraceEntrySchema),
  /** How many calls were answered from the journal of an earlier attempt. */
  replayed: z.number().int().nonnegative(),
  /** Calls past the trace's limit of rows, counted only. */
  untraced_calls: z.number().int().nonnegative().optional(),
  /** The program's result, or null when it sent none. */
  result: ProgramResultSchema.nullable(),
  /** Why the host stopped the program early (an oversized or malformed message, a flood), or null. */
  stopped: z.string().nullable().optional(),
  /** The call the host did not make because it needs approval; the program was stopped there. */
  paused: PausedCallSchema.optional(),
  /** Calls the host refused because the run's max_tool_calls was spent. */
  calls_refused: z.number().int().nonnegative().optional(),
  /** Bytes of the tools' results sent to the program: what stayed out of the model's context. */
  result_bytes: z.number().int().nonnegative().optional(),
});
export type HostReport = z.infer<typeof HostReportSchema>;

/** The program to start and where: what the start of a program that starts early needs. */
export interface ProgramPlace {
  language: LanguageSupport;
  module: ToolModule;
  runnerPath: string;
  context: LanguageContext;
  /** Null runs the program without a sandbox (`sandbox: off`). */
  sandbox: (Omit<SandboxLayout, 'readable' | 'workspaceFiles'> & { limits: ProgramLimits }) | null;
  /** Files of the runner beside it that the program imports. */
  supportFiles: string[];
}

export interface HostLaunch extends ProgramPlace {
  /** The runner's text as verification read it: what a program that starts early is sent to run. */
  programText: string;
  /** The program's start, when it was made already (while the program was verified); else it is made now. */
  start?: Promise<ProgramStart>;
  journalPath: string;
  /** The call journal, and which calls need approval; none and none unless given. */
  callJournalPath?: string;
  approval?: ApprovalSpec;
  reportPath: string;
  /** The largest message the program and the host may send each other; MAX_MESSAGE_BYTES unless given. */
  maxMessageBytes?: number;
  /** No limit on the calls unless given. */
  budget?: CallBudget;
}

/** The host command and what the engine writes on its standard input: the program's start, then the launch spec. */
export interface PreparedHost {
  command: ExecutionCommand;
  /**
   * The program's start as the first line the host reads, when the language's program starts early (a host
   * started early was given it then); null when the launch spec holds it.
   */
  programStart: string | null;
  /** Written once the program may run; for a program that started early, with its text (`program_text`). */
  spec: string;
}

export async function prepareHost(launch: HostLaunch): Promise<PreparedHost> {
  const command = hostCommand(launch, launch.sandbox !== null);
  const spec = await launchSpec(launch);
  if (!launch.language.programStartsEarly) return { command, programStart: null, spec: JSON.stringify(spec) };
  return { command, programStart: programStartLine(spec), spec: JSON.stringify({ ...spec, program_text: launch.programText }) };
}

/** The program's start as the line a host whose program starts early reads first. */
export function programStartLine({ program, program_env }: ProgramStart): string {
  return `${JSON.stringify({ program, program_env })}\n`;
}

/** The launch spec: the program's argv (in the sandbox when there is one) and this execution's files and limits. */
export async function launchSpec(launch: HostLaunch): Promise<LaunchSpec> {
  const { module, context } = launch;
  return {
    ...(await (launch.start ?? programStart(launch))),
    cwd: context.repoRoot,
    journal: launch.journalPath,
    call_journal: launch.callJournalPath ?? null,
    approval: launch.approval ?? NO_APPROVALS,
    report: launch.reportPath,
    call_log: callLogPath(launch.reportPath),
    max_message_bytes: launch.maxMessageBytes ?? MAX_MESSAGE_BYTES,
    mcp_fd: module.mcp ? MCP_CHANNEL_FD : null,
    mcp_tools: Object.keys(module.mcp?.routes ?? {}),
    max_tool_calls: launch.budget?.maxToolCalls ?? null,
    tool_timeout_ms: launch.budget?.toolTimeoutMs ?? null,
  };
}

/** The tool host's command, which needs nothing of the program: it can start before the program is verified. */
export function hostCommand(
  { language, module, runnerPath, context }: Pick<HostLaunch, 'language' | 'module' | 'runnerPath' | 'context'>,
  sandboxed: boolean,
): ExecutionCommand {
  const host = language.hostCommand(runnerPath, module, context);
  // Sandboxed, the host holds none of the caller's open files either, which its tools and the sandbox would inherit.
  return sandboxed ? { ...host, ...onlyStdioCommand(host, MCP_CHANNEL_FD) } : host;
}

/** The program's argv and environment: what the host starts, in the sandbox when there is one. */
export async function programStart(place: ProgramPlace): Promise<ProgramStart> {
  const { sandbox, language, context, runnerPath, supportFiles, module } = place;
  const program = await language.programCommand(runnerPath, module, context);
  if (!sandbox) {
    return {
      program: [program.file, ...program.args],
      program_env: { ...context.env, ...program.env, CODEMODE_CHANNEL_FD: String(CHANNEL_FD) },
    };
  }
  const env = sandboxEnvironment(program.env);
  const layout: SandboxLayout = {
    ...sandbox,
    readable: await language.programReadPaths(context),
    workspaceFiles: [runnerPath, ...supportFiles, ...workspaceEntries(program.args, sandbox.workspace)],
  };
  return { program: sandboxedArgv(program, env, layout, sandbox.limits), program_env: env };
}

/** The top-level workspace entries a program argument points into, such as the folder of a built runner. */
function workspaceEntries(args: string[], workspace: string): string[] {
  return args.flatMap((arg) => {
    const relative = path.relative(workspace, arg);
    const [entry] = relative.split(path.sep);
    if (!path.isAbsolute(arg) || relative.startsWith('..') || !entry) return [];
    return [path.join(workspace, entry)];
  });
}
