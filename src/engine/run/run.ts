import type { Resume } from '../approvals.js';
import type { LanguageContext } from '../language.js';
import type { McpServers } from '../mcp/client.js';
import type { SavedProgram } from '../program.js';
import type { RunnerSource, ToolModule } from '../types.js';
import type { RunPlan, StartContext, TypeCheckerOutcome } from './plan.js';
import type { LaunchedChecker } from './warm-check.js';

/** What every stage after the extraction knows of the run; it does not change while the run goes on. */
export interface Run extends StartContext {
  readonly plan: RunPlan;
  readonly context: LanguageContext;
  readonly module: ToolModule;
  /** The runner generated from today's tools. */
  readonly runner: RunnerSource;
  readonly runnerPath: string;
  /** The committed runner that runs instead of one the model writes, when the caller named one. */
  readonly saved: SavedProgram | null;
  /** The language's type checker being installed alongside Claude Code, when it has one and checking is on. */
  readonly typeChecker: Promise<TypeCheckerOutcome> | null;
  /** The type checker's warm process, launched while the tools were extracted, when it was. */
  readonly launchedChecker: Promise<LaunchedChecker | null> | null;
  /** The run's MCP servers, connected, or null when it has none. */
  readonly mcp: McpServers | null;
  /** The paused run this one resumes, its journal checked, or null. */
  readonly resume: Resume | null;
}
