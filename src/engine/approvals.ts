/**
 * Calls that need a person's approval (docs/approvals.md): which tools the tool host pauses at, the header of the
 * call journal it keeps, and the journal of a paused run, checked before a resumed run replays it.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

import { z } from 'zod';

import { parseJsonOrUndefined } from '../format.js';
import type { CodeModeConfig } from './config.js';
import { usageError } from './errors.js';
import type { McpServers } from './mcp/client.js';
import type { McpRunnerTools } from './types.js';

/** The largest call journal a run resumes from: the host stops writing one at 256 MiB. */
export const MAX_RESUME_JOURNAL_BYTES = 257 * 1024 * 1024;

/** The launch spec's `approval`: what the host pauses at, and what it replays and makes when it resumes a run. */
export interface ApprovalSpec {
  /** Names or globs of the tools whose calls need approval (the tools module may add its own list). */
  tools: string[];
  /** Tools approved for every call of the run (`approve … all`). */
  approved_tools: string[];
  /** The pending call approved, counted from 1, or null. */
  approved_call: number | null;
  /** The journal of the paused run this one resumes, or null. */
  replay: string | null;
}

/** How a run that paused is resumed: its journal, the pending call approved, and whether every call of that tool is. */
export interface ResumeRequest {
  journal: string;
  call: number;
  /** Approves every later call of the pending call's tool too. */
  all?: boolean;
}

/** A paused run's journal, checked: its text, to replay, the call approved and the tools approved for every call. */
export interface Resume {
  text: string;
  call: number;
  approvedTools: string[];
}

/** The call a run paused at: its number, counted from 1, its tool and its arguments by name (previewed). */
export const PausedCallSchema = z.object({ call: z.number().int().positive(), tool: z.string(), args: z.unknown() });
export type PausedCall = z.infer<typeof PausedCallSchema>;

const HeaderSchema = z.object({ program: z.string().regex(/^[0-9a-f]{64}$/), approved_tools: z.array(z.string()) });
const LineSchema = z.looseObject({ call: z.number().int().positive(), tool: z.string().optional(), pending: z.literal(true).optional() });

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The journal's first line: the program it belongs to (its SHA-256) and the tools approved for every call so far. */
export function journalHeader(programHash: string, approvedTools: readonly string[]): string {
  return `${JSON.stringify({ program: programHash, approved_tools: approvedTools })}\n`;
}

/** No call needs approval: the launch spec of a program run outside a run's execute stage. */
export const NO_APPROVALS: ApprovalSpec = { tools: [], approved_tools: [], approved_call: null, replay: null };

/** The approvals of a run: the configured tools, the MCP tools that say they are destructive, and a resumption's. */
export function approvalSpec(
  config: CodeModeConfig,
  mcp: McpServers | null,
  tools: McpRunnerTools | undefined,
  resume: Resume | null,
  replay: string,
): ApprovalSpec {
  return {
    tools: [...config.approve_tools, ...(config.approve_destructive_mcp ? destructiveMcpTools(mcp, tools) : [])],
    approved_tools: resume?.approvedTools ?? [],
    approved_call: resume?.call ?? null,
    replay: resume ? replay : null,
  };
}

/** The call names of the MCP tools whose annotations say they are destructive and not read-only. */
function destructiveMcpTools(mcp: McpServers | null, tools: McpRunnerTools | undefined): string[] {
  return Object.entries(tools?.routes ?? {}).flatMap(([call, route]) => {
    const server = mcp?.servers.find((candidate) => candidate.name === route.server);
    return server?.tools.find((tool) => tool.name === route.tool)?.destructive ? [call] : [];
  });
}

/**
 * The journal of a paused run, refused in one line unless it belongs to `program`, is whole, and `request.call`
 * is its pending call.
 */
export async function readResume(request: ResumeRequest, program: string): Promise<Resume> {
  const where = `The journal ${request.journal}`;
  const size = await stat(request.journal).then(
    (found) => found.size,
    () => {
      throw usageError(`${where} cannot be read`);
    },
  );
  if (size > MAX_RESUME_JOURNAL_BYTES) throw usageError(`${where} is ${size} bytes, over the limit of ${MAX_RESUME_JOURNAL_BYTES} bytes`);
  const text = await readFile(request.journal, 'utf8');
  const [first = '', ...rest] = text.split('\n');
  const header = HeaderSchema.safeParse(parseJsonOrUndefined(first));
  if (!header.success) throw usageError(`${where} is not a call journal of Code Mode`);
  if (header.data.program !== sha256(program)) {
    throw usageError(
      `${where} belongs to another program (SHA-256 ${header.data.program.slice(0, 12)}), not to this one (${sha256(program).slice(0, 12)})`,
    );
  }
  const lines = rest.filter((line) => line.trim()).map((line) => parseJsonOrUndefined(line));
  if (lines.some(isIncomplete)) throw usageError(`${where} is incomplete (it passed its size limit): the run cannot be resumed`);
  const parsed = z.array(LineSchema).safeParse(lines);
  if (!parsed.success) throw usageError(`${where} has a line that is not a call`);
  const calls = parsed.data;
  const pending = calls.find((line) => line.pending)?.call;
  if (pending === undefined) throw usageError(`${where} has no pending call: its run did not pause`);
  if (request.call !== pending) throw usageError(`Call ${request.call} is not the pending call of ${request.journal}: call ${pending} is`);
  const tool = calls.find((line) => line.call === pending && line.tool !== undefined)?.tool ?? '';
  const approvedTools = [...new Set([...header.data.approved_tools, ...(request.all ? [tool] : [])])];
  return { text: rest.join('\n'), call: pending, approvedTools };
}

function isIncomplete(line: unknown): boolean {
  return typeof line === 'object' && line !== null && 'incomplete' in line;
}
