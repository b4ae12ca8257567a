/**
 * Who gets which environment variables: model credentials go to Claude Code only, and the generated
 * program gets the caller's environment minus every credential and runner token.
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

const SECRET_FOR_PROGRAM = [
  ...CLAUDE_CREDENTIALS,
  /^INPUT_/,
  /^GITHUB_TOKEN$/,
  /^GH_TOKEN$/,
  /^GH_ENTERPRISE_TOKEN$/,
  /^GITHUB_ENTERPRISE_TOKEN$/,
  /^ACTIONS_RUNTIME_TOKEN$/,
  /^ACTIONS_RUNTIME_URL$/,
  /^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/,
  /^ACTIONS_RESULTS_URL$/,
  /^ACTIONS_CACHE_URL$/,
  /^CODEMODE_/,
];

function pick(env: NodeJS.ProcessEnv, keep: (name: string) => boolean): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && keep(name)) picked[name] = value;
  }
  return picked;
}

const matches = (patterns: RegExp[]) => (name: string) => patterns.some((pattern) => pattern.test(name));

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

/** The environment the generated program runs with: everything except credentials and runner tokens. */
export function programEnvironment(env: NodeJS.ProcessEnv): Record<string, string> {
  return pick(env, (name) => !matches(SECRET_FOR_PROGRAM)(name));
}

/** Values that must never appear in any log, comment or artifact. */
export function secretValues(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(([name, value]) => value && value.length >= 8 && isSecretName(name))
    .map(([, value]) => value as string);
}

function isSecretName(name: string): boolean {
  return /(TOKEN|KEY|SECRET|PASSWORD|CREDENTIAL)/i.test(name) && !/^(INPUT_)?(PATH|KEY_ID)$/.test(name);
}
