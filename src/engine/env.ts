/**
 * Who gets which environment variables: model credentials go to Claude Code only, and the tools and the
 * generated program get the caller's environment minus model credentials and whatever the caller withholds.
 */

const CLAUDE_CREDENTIALS = [
  /^ANTHROPIC_/,
  /^CLAUDE_CODE_/,
  /^AWS_/,
  /^CLOUD_ML_REGION$/,
  /^GOOGLE_/,
  /^GCLOUD_/,
  /^VERTEX_REGION_/,
  /^HTTPS?_PROXY$/i,
  /^NO_PROXY$/i,
  /^NODE_EXTRA_CA_CERTS$/,
  /^DISABLE_AUTOUPDATER$/,
];

const BASE_VARIABLES = [/^PATH$/, /^HOME$/, /^TMPDIR$/, /^TEMP$/, /^TMP$/, /^LANG$/, /^LC_/, /^TERM$/, /^USER$/, /^SHELL$/];

/** Model credentials, and the engine's own settings. */
const NEVER_FOR_PROGRAM = [...CLAUDE_CREDENTIALS, /^CODEMODE_/];

function pick(env: NodeJS.ProcessEnv, keep: (name: string) => boolean): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && keep(name)) picked[name] = value;
  }
  return picked;
}

const matches = (patterns: readonly RegExp[]) => (name: string) => patterns.some((pattern) => pattern.test(name));

/** The environment Claude Code runs with: basics, model credentials, and quiet defaults. */
export function claudeEnvironment(env: NodeJS.ProcessEnv, configDir: string): Record<string, string> {
  return {
    ...pick(env, (name) => matches(BASE_VARIABLES)(name) || matches(CLAUDE_CREDENTIALS)(name)),
    CLAUDE_CONFIG_DIR: configDir,
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    DISABLE_AUTOUPDATER: '1',
    DISABLE_TELEMETRY: '1',
    DISABLE_ERROR_REPORTING: '1',
  };
}

/** The environment the tools and the generated program run with: no model credentials, nothing withheld. */
export function programEnvironment(env: NodeJS.ProcessEnv, withheld: readonly RegExp[] = []): Record<string, string> {
  const hidden = matches([...NEVER_FOR_PROGRAM, ...withheld]);
  return pick(env, (name) => !hidden(name));
}
