import type { ClaudeSessionResult } from '../claude/session.js';
import type { HostReport } from '../host.js';
import type { AttemptRecord, ModelUsage, RunUsage, ToolUsage } from '../types.js';

/** What a Claude Code session used, as its attempt records it. */
export function sessionUsage(session: ClaudeSessionResult): ModelUsage {
  return { ...session.usage, model_requests: session.model_requests, model_context_bytes: session.context_bytes };
}

/** What a run of the program used, as the tool host reported it (none when it wrote no report). */
export function programUsage(report: HostReport | null): ToolUsage {
  if (!report) return { tool_calls: 0, tool_result_bytes: 0 };
  return { tool_calls: report.trace.length + (report.untraced_calls ?? 0), tool_result_bytes: report.result_bytes ?? 0 };
}

const NOTHING_USED: RunUsage = {
  input_tokens: 0,
  output_tokens: 0,
  cache_read_input_tokens: 0,
  cache_creation_input_tokens: 0,
  model_requests: 0,
  model_context_bytes: 0,
  tool_calls: 0,
  tool_result_bytes: 0,
};

const COUNTS = Object.keys(NOTHING_USED) as (keyof RunUsage)[];

/** What the run's attempts used, summed. */
export function runUsage(attempts: readonly AttemptRecord[]): RunUsage {
  return attempts.reduce((sum, attempt) => {
    const used: RunUsage = { ...NOTHING_USED, ...attempt.model_usage, ...attempt.tool_usage };
    const next = { ...sum };
    for (const count of COUNTS) next[count] += used[count];
    return next;
  }, NOTHING_USED);
}
