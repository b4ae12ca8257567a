export type { PausedCall, ResumeRequest } from './engine/approvals.js';
export type { TokenUsage } from './engine/claude/stream.js';
export { codemode } from './engine/codemode.js';
export type { CodeModeConfig, CodeModeConfigInput, CodeModeOptions } from './engine/config.js';
export { CHECK_MODES, CLAUDE_CODE_VERSION } from './engine/config.js';
export { CodeModeError, errorMessage } from './engine/errors.js';
export type { LanguageDescription } from './engine/language.js';
export { mcpConfigVariables } from './engine/mcp/config.js';
export { ELICITATION_POLICIES } from './engine/mcp/elicitation.js';
export type { SavedProgram } from './engine/program.js';
export { languageDescription } from './engine/registry.js';
export { RUN_FILE_NAMES } from './engine/run/workspace-files.js';
export { parseByteSize } from './engine/sandbox/limits.js';
export { SANDBOX_MODES } from './engine/sandbox/modes.js';
export { repositoryCredentials } from './engine/sandbox/repository.js';
export type {
  AttemptRecord,
  Budget,
  CodeModeResult,
  FailedPhase,
  Language,
  ModelUsage,
  PhaseTimings,
  ProgramDrift,
  ProgressEvent,
  RunFiles,
  RunUsage,
  ToolUsage,
  TraceEntry,
} from './engine/types.js';
export { LANGUAGES } from './engine/types.js';
