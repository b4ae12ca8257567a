import * as core from '@actions/core';
import { z } from 'zod';

import { CHECK_MODES, CLAUDE_CODE_VERSION } from '../engine/config.js';
import { ELICITATION_POLICIES } from '../engine/mcp/elicitation.js';
import { parseByteSize } from '../engine/sandbox/limits.js';
import { SANDBOX_MODES } from '../engine/sandbox/modes.js';
import { LANGUAGES } from '../engine/types.js';

export const PERMISSIONS = ['read', 'triage', 'write', 'maintain', 'admin'] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * The defaults action.yml declares, as the runner passes them for inputs the workflow does not set; applied here
 * to inputs left empty, e.g. when `dist/index.js` runs outside the runner. action.yml is their source: the tests
 * check this table against it, and its defaults that the engine shares against the engine's.
 */
export const INPUT_DEFAULTS = {
  on_drift: 'fail',
  use_bedrock: 'false',
  use_vertex: 'false',
  redact: '',
  claude_code_version: '2.1.330',
  trigger_phrase: '/codemode',
  permission: 'write',
  approve_permission: 'write',
  approve_tools: '',
  approve_destructive_mcp: 'true',
  allowed_bots: '',
  trust_pr_config: 'false',
  mcp_elicitation: 'defaults',
  mode: 'run',
  sandbox: 'required',
  check: 'basic',
  comment: 'true',
  artifact_name: 'codemode-result',
} as const satisfies Partial<Record<InputName, string>>;

/** An input value as the toolkit hands it over: trimmed, '' when not set. */
const raw = z.string();

/** Each field's error message is the "Expected ..." sentence shown to the user. */
const text = () => raw.transform((value) => value || null);

const positiveInteger = () =>
  raw
    .refine((value) => value === '' || /^[1-9]\d*$/.test(value), { error: 'Expected a positive integer.' })
    .transform((value) => (value === '' ? null : Number(value)));

const positiveNumber = (expected: string) =>
  raw
    .refine((value) => value === '' || (/^\d+(\.\d+)?$/.test(value) && Number(value) > 0), { error: expected })
    .transform((value) => (value === '' ? null : Number(value)));

const positiveSeconds = () => positiveNumber('Expected a positive number of seconds.');

const byteSize = () =>
  raw
    .refine((value) => value === '' || parseByteSize(value) !== null, { error: 'Expected a number of bytes or a size such as 512M or 2G.' })
    .transform((value) => (value === '' ? null : value));

/** Accepts the same spellings as core.getBooleanInput. */
const boolean = () =>
  raw
    .refine((value) => /^(true|True|TRUE|false|False|FALSE)$/.test(value), { error: 'Expected true or false.' })
    .transform((value) => value.toLowerCase() === 'true');

const oneOf = <const T extends readonly [string, ...string[]]>(choices: T, expected: string) => z.enum(choices, { error: expected });

const BOT_LOGIN = /^(\*|[A-Za-z0-9][A-Za-z0-9-]*(\[bot\])?)$/;

const botList = () =>
  raw
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .refine((entries) => entries.every((entry) => BOT_LOGIN.test(entry)), {
      error: 'Expected a comma-separated list of bot logins, or *.',
    });

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Entries separated by commas or line breaks, each matching `entry`. */
const separatedList = (entry: RegExp, error: string) =>
  raw
    .transform((value) =>
      value
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .refine((entries) => entries.every((item) => entry.test(item)), { error });

/** Variable names separated by commas or line breaks. */
const variableNames = () => separatedList(VARIABLE_NAME, 'Expected variable names separated by commas or line breaks.');

/** Tool names or globs (`delete_*`), separated by commas or line breaks. */
const toolNames = () => separatedList(/^[\w$.*?]+$/, 'Expected tool names or globs separated by commas or line breaks.');

const ARTIFACT_NAME_FORBIDDEN = /[":<>|*?\\/\r\n]/;

export const ActionInputsSchema = z
  .object({
    tools: text(),
    mcp_config: text(),
    language: text().pipe(z.enum(LANGUAGES, { error: 'Expected typescript or python.' }).nullable()),
    mcp_elicitation: oneOf(ELICITATION_POLICIES, 'Expected defaults or decline.'),
    task: text(),
    program: text(),
    on_drift: oneOf(['fail', 'propose'], 'Expected fail or propose.'),
    anthropic_api_key: text(),
    claude_code_oauth_token: text(),
    use_bedrock: boolean(),
    use_vertex: boolean(),
    github_token: text(),
    redact: variableNames(),
    model: text(),
    claude_code_version: raw.refine((value) => /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(value), {
      error: `Expected a version such as ${CLAUDE_CODE_VERSION}.`,
    }),
    claude_code_path: text(),
    trigger_phrase: raw.refine((value) => !/\s/.test(value), {
      error: 'Expected a phrase without spaces, such as /codemode.',
    }),
    permission: oneOf(PERMISSIONS, `Expected one of ${PERMISSIONS.join(', ')}.`),
    approve_permission: oneOf(PERMISSIONS, `Expected one of ${PERMISSIONS.join(', ')}.`),
    approve_tools: toolNames(),
    approve_destructive_mcp: boolean(),
    allowed_bots: botList(),
    trust_pr_config: boolean(),
    mode: oneOf(['run', 'generate'], 'Expected run or generate.'),
    sandbox: oneOf(SANDBOX_MODES, 'Expected required or off.'),
    max_processes: positiveInteger(),
    tmp_size: byteSize(),
    max_memory: byteSize(),
    check: oneOf(CHECK_MODES, 'Expected basic, strict or off.'),
    pyright_path: text(),
    max_turns: positiveInteger(),
    max_attempts: positiveInteger(),
    timeout: positiveSeconds(),
    execution_timeout: positiveSeconds(),
    max_tool_calls: positiveInteger(),
    tool_timeout: positiveSeconds(),
    max_cost_usd: positiveNumber('Expected a positive number of US dollars, such as 0.50.'),
    issue_number: positiveInteger(),
    comment: boolean(),
    artifact_name: raw.refine((value) => !ARTIFACT_NAME_FORBIDDEN.test(value), {
      error: 'Expected a name without any of " : < > | * ? \\ / or line breaks.',
    }),
    retention_days: positiveInteger(),
  })
  .refine((inputs) => inputs.tools || inputs.mcp_config, { error: 'required', path: ['tools'] })
  .refine(
    (inputs) =>
      (inputs.program && inputs.on_drift === 'fail') ||
      inputs.anthropic_api_key ||
      inputs.claude_code_oauth_token ||
      inputs.use_bedrock ||
      inputs.use_vertex,
    {
      error:
        'No model credentials: set one of the inputs anthropic_api_key, claude_code_oauth_token, use_bedrock or use_vertex, or run a saved program with the input program.',
    },
  );

export type ActionInputs = z.output<typeof ActionInputsSchema>;
export type InputName = keyof z.input<typeof ActionInputsSchema>;

export const INPUT_NAMES = Object.keys(ActionInputsSchema.shape) as InputName[];

const SECRET_INPUTS = ['anthropic_api_key', 'claude_code_oauth_token', 'github_token'] as const satisfies readonly InputName[];

export class InputError extends Error {
  override name = 'InputError';
}

/** Reads every input through the toolkit, masks the secret ones, and validates them in one pass. */
export function readInputs(): ActionInputs {
  const values = Object.fromEntries(INPUT_NAMES.map((name) => [name, core.getInput(name)])) as Record<InputName, string>;
  for (const name of SECRET_INPUTS) {
    if (values[name]) core.setSecret(values[name]);
  }
  return parseInputs(values);
}

/** Every input's value, with action.yml's default where it is empty. */
function withDefaults(values: Record<InputName, string>): Record<InputName, string> {
  const defaults: Partial<Record<InputName, string>> = INPUT_DEFAULTS;
  return Object.fromEntries(INPUT_NAMES.map((name) => [name, values[name] || (defaults[name] ?? '')])) as Record<InputName, string>;
}

function parseInputs(values: Record<InputName, string>): ActionInputs {
  const parsed = ActionInputsSchema.safeParse(withDefaults(values));
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  throw new InputError(issue ? describeIssue(issue, values) : parsed.error.message);
}

function describeIssue(issue: z.core.$ZodIssue, values: Record<InputName, string>): string {
  const name = issue.path[0] as InputName | undefined;
  if (name === undefined) return issue.message;
  if (issue.message === 'required') return `Input required and not supplied: ${name}`;
  return `Invalid input '${name}': '${values[name]}'. ${issue.message}`;
}

/** The secret input values, for redaction. */
export function secretInputs(inputs: ActionInputs): string[] {
  return SECRET_INPUTS.map((name) => inputs[name]).filter((value): value is string => Boolean(value));
}
