/**
 * Who gets which environment variables: model credentials go to Claude Code only, and the tools and the
 * generated program get the caller's environment minus model credentials and whatever the caller withholds.
 */
/** The environment Claude Code runs with: basics, model credentials, and quiet defaults. */
export declare function claudeEnvironment(env: NodeJS.ProcessEnv, configDir: string): Record<string, string>;
/** The environment the tools and the generated program run with: no model credentials, nothing withheld. */
export declare function programEnvironment(env: NodeJS.ProcessEnv, withheld?: readonly RegExp[]): Record<string, string>;
