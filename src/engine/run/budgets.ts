/** The budgets of a run (docs/budgets.md): what stops it, and what the tool host and Claude Code are told. */
import { formatCost } from '../../format.js';
import type { CodeModeConfig } from '../config.js';
import type { CallBudget, HostReport } from '../host.js';
import type { AttemptRecord, Budget } from '../types.js';
import type { RunOutcome } from './result.js';

/** The limits the tool host puts on the program's calls. */
export function callBudget(config: CodeModeConfig): CallBudget {
  return { maxToolCalls: config.max_tool_calls, toolTimeoutMs: config.tool_timeout === undefined ? null : config.tool_timeout * 1000 };
}

/** Why the run stops when the host refused calls past max_tool_calls, or null when it refused none. */
export function callBudgetStop(config: CodeModeConfig, report: HostReport | null): string | null {
  const refused = report?.calls_refused ?? 0;
  if (refused === 0) return null;
  return `The program reached max_tool_calls (${config.max_tool_calls}): ${refused} call${refused === 1 ? ' was' : 's were'} refused`;
}

const spent = (attempts: readonly AttemptRecord[]) => attempts.reduce((sum, attempt) => sum + attempt.cost_usd, 0);

/** What the next Claude Code session may spend: max_cost_usd less what the run's sessions spent, or undefined without one. */
export function costLeft(config: CodeModeConfig, attempts: readonly AttemptRecord[]): number | undefined {
  return config.max_cost_usd === undefined ? undefined : config.max_cost_usd - spent(attempts);
}

/** Why the run stops once its sessions have spent max_cost_usd, or null while they have not. */
export function costBudgetStop(config: CodeModeConfig, attempts: readonly AttemptRecord[]): string | null {
  const left = costLeft(config, attempts);
  if (left === undefined || left > 0) return null;
  return `The run reached max_cost_usd (${formatCost(config.max_cost_usd ?? 0)}): its Claude Code sessions spent ${formatCost(spent(attempts))}`;
}

/** The budget that stopped a run that failed, or null. */
export function budgetThatStopped(config: CodeModeConfig, outcome: RunOutcome): Budget | null {
  if (outcome.success) return null;
  if (callBudgetStop(config, outcome.execution?.report ?? null)) return 'max_tool_calls';
  if (costBudgetStop(config, outcome.attempts)) return 'max_cost_usd';
  return null;
}
