/**
 * Who gets which environment variables: model credentials go to Claude Code only, and the generated
 * program gets the caller's environment minus every credential and runner token.
 */
/** The environment Claude Code runs with: basics, model credentials, and quiet defaults. */
export declare function claudeEnvironment(env: NodeJS.ProcessEnv, configDir: string): Record<string, string>;
/** The environment the generated program runs with: everything except credentials and runner tokens. */
export declare function programEnvironment(env: NodeJS.ProcessEnv): Record<string, string>;
/** Values that must never appear in any log, comment or artifact. */
export declare function secretValues(env: NodeJS.ProcessEnv): string[];
