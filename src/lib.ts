export { codemode, RUN_FILE_NAMES } from './engine/codemode.js';
export { CLAUDE_CODE_VERSION, parseConfig } from './engine/config.js';
export { SANDBOX_MODES, type SandboxMode } from './engine/sandbox.js';
export type { CodeModeConfig, CodeModeConfigInput, CodeModeOptions } from './engine/config.js';
export type { SavedProgram } from './engine/program.js';
export { CodeModeError, errorMessage } from './engine/errors.js';
export type * from './engine/types.js';
