export { codemode } from './engine/codemode.js';
export { RUN_FILE_NAMES } from './engine/run/workspace-files.js';
export { CHECK_MODES, CLAUDE_CODE_VERSION } from './engine/config.js';
export type { CodeModeConfig, CodeModeConfigInput, CodeModeOptions } from './engine/config.js';
export { SANDBOX_MODES } from './engine/sandbox.js';
export type { SavedProgram } from './engine/program.js';
export { CodeModeError, errorMessage } from './engine/errors.js';
export { mcpConfigVariables } from './engine/mcp/config.js';
export { languageDescription } from './engine/registry.js';
export type { LanguageDescription } from './engine/language.js';
export { repositoryCredentials } from './engine/sandbox/repository.js';
export { parseByteSize } from './engine/sandbox/limits.js';
export { LANGUAGES } from './engine/types.js';
export type {
  AttemptRecord,
  CodeModeResult,
  FailedPhase,
  Language,
  PhaseTimings,
  ProgramDrift,
  ProgressEvent,
  RunFiles,
  TraceEntry,
} from './engine/types.js';
