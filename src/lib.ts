export { codemode, RUN_FILE_NAMES } from './engine/codemode.js';
export { CLAUDE_CODE_VERSION, parseConfig } from './engine/config.js';
export { SANDBOX_MODES, type SandboxMode } from './engine/sandbox.js';
export { CHECK_MODES, type CheckMode } from './engine/language.js';
export type { CodeModeConfig, CodeModeConfigInput, CodeModeOptions } from './engine/config.js';
export { CodeModeError, errorMessage } from './engine/errors.js';
export { mcpConfigVariables } from './engine/mcp/config.js';
export { LANGUAGES } from './engine/types.js';
export type * from './engine/types.js';
