import { readFileSync } from 'node:fs';

import { afterEach, describe, expect, it } from 'vitest';

import { INPUT_DEFAULTS, INPUT_NAMES, readInputs, secretInputs } from '../../src/action/inputs.js';
import { parseConfig } from '../../src/engine/config.js';
import { CLAUDE_CODE_VERSION } from '../../src/lib.js';
import { recordWorkflowCommands } from '../../testing/fakes/github.js';
import { readActionYml } from '../helpers/action-yml.js';

const BASE = { tools: 'tools.py', anthropic_api_key: 'sk-ant-test-key-0001' };

/** Sets the INPUT_* variables the runner would set, and nothing else. */
function setInputs(values: Record<string, string>): void {
  for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) delete process.env[name];
  for (const [name, value] of Object.entries(values)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

function read(values: Record<string, string>) {
  setInputs(values);
  const recorder = recordWorkflowCommands();
  try {
    return readInputs();
  } finally {
    recorder.stop();
  }
}

function errorFor(values: Record<string, string>): string {
  try {
    read(values);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('inputs were accepted');
}

afterEach(() => setInputs({}));

describe('readInputs', () => {
  it('applies the defaults of action.yml to unset inputs', () => {
    expect(read(BASE)).toEqual({
      tools: 'tools.py',
      mcp_config: null,
      language: null,
      mcp_elicitation: 'defaults',
      task: null,
      program: null,
      on_drift: 'fail',
      anthropic_api_key: 'sk-ant-test-key-0001',
      claude_code_oauth_token: null,
      use_bedrock: false,
      use_vertex: false,
      github_token: null,
      redact: [],
      model: null,
      claude_code_version: CLAUDE_CODE_VERSION,
      claude_code_path: null,
      trigger_phrase: '/codemode',
      permission: 'write',
      approve_permission: 'write',
      approve_tools: [],
      approve_destructive_mcp: true,
      allowed_bots: [],
      trust_pr_config: false,
      mode: 'run',
      sandbox: 'required',
      max_processes: null,
      tmp_size: null,
      max_memory: null,
      check: 'basic',
      pyright_path: null,
      max_turns: null,
      max_attempts: null,
      timeout: null,
      execution_timeout: null,
      max_tool_calls: null,
      tool_timeout: null,
      max_cost_usd: null,
      issue_number: null,
      comment: true,
      artifact_name: 'codemode-result',
      retention_days: null,
    });
  });

  it('parses every kind of value', () => {
    const inputs = read({
      ...BASE,
      task: '  Count the open issues  ',
      use_bedrock: 'True',
      permission: 'maintain',
      allowed_bots: 'dependabot[bot], renovate ,',
      mode: 'generate',
      max_turns: '20',
      max_attempts: '3',
      timeout: '600',
      execution_timeout: '2.5',
      issue_number: '42',
      comment: 'FALSE',
      retention_days: '7',
      redact: 'DATABASE_URL, DEPLOY_HOOK\n  _private_1\n',
      check: 'off',
      pyright_path: 'node_modules/pyright/index.js',
      approve_tools: 'delete_branch, inventory.*\n  drop_?able\n',
      approve_destructive_mcp: 'false',
    });
    expect(inputs).toMatchObject({
      approve_tools: ['delete_branch', 'inventory.*', 'drop_?able'],
      approve_destructive_mcp: false,
      redact: ['DATABASE_URL', 'DEPLOY_HOOK', '_private_1'],
      task: 'Count the open issues',
      use_bedrock: true,
      permission: 'maintain',
      allowed_bots: ['dependabot[bot]', 'renovate'],
      mode: 'generate',
      max_turns: 20,
      max_attempts: 3,
      timeout: 600,
      execution_timeout: 2.5,
      issue_number: 42,
      comment: false,
      retention_days: 7,
      check: 'off',
      pyright_path: 'node_modules/pyright/index.js',
    });
    expect(read({ ...BASE, allowed_bots: '*' }).allowed_bots).toEqual(['*']);
  });

  it('accepts any one kind of credentials', () => {
    expect(read({ tools: 'tools.py', claude_code_oauth_token: 'oauth-token-123' }).claude_code_oauth_token).toBe('oauth-token-123');
    expect(read({ tools: 'tools.py', use_bedrock: 'true' }).use_bedrock).toBe(true);
    expect(read({ tools: 'tools.py', use_vertex: 'true' }).use_vertex).toBe(true);
  });

  it('takes MCP servers instead of, or with, a tools module', () => {
    const mcp = '{"mcpServers": {"github": {"command": "gh-mcp"}}}';
    expect(read({ anthropic_api_key: 'key-1234', mcp_config: mcp })).toMatchObject({ tools: null, mcp_config: mcp, language: null });
    expect(read({ ...BASE, mcp_config: '.mcp.json', language: 'python' })).toMatchObject({ tools: 'tools.py', language: 'python' });
  });

  it('needs no model credentials to run a saved program', () => {
    expect(read({ tools: 'tools.py', program: '.codemode/chore.py' }).program).toBe('.codemode/chore.py');
  });

  it('masks the secret inputs as soon as they are read', () => {
    setInputs({ ...BASE, github_token: 'ghs_token_value_42', claude_code_oauth_token: 'oauth-token-123' });
    const recorder = recordWorkflowCommands();
    const inputs = readInputs();
    recorder.stop();
    const masked = recorder.commands.filter((command) => command.command === 'add-mask').map((command) => command.message);
    expect(masked.sort()).toEqual(['ghs_token_value_42', 'oauth-token-123', 'sk-ant-test-key-0001']);
    expect(secretInputs(inputs).sort()).toEqual(masked.sort());
  });

  it.each([
    [{ anthropic_api_key: 'key-1234' }, 'Input required and not supplied: tools'],
    [{ ...BASE, language: 'ruby' }, "Invalid input 'language': 'ruby'. Expected typescript or python."],
    [{ ...BASE, permission: 'writer' }, "Invalid input 'permission': 'writer'. Expected one of read, triage, write, maintain, admin."],
    [{ ...BASE, max_attempts: 'zero' }, "Invalid input 'max_attempts': 'zero'. Expected a positive integer."],
    [{ ...BASE, max_attempts: '0' }, "Invalid input 'max_attempts': '0'. Expected a positive integer."],
    [{ ...BASE, max_turns: '1.5' }, "Invalid input 'max_turns': '1.5'. Expected a positive integer."],
    [{ ...BASE, issue_number: '#12' }, "Invalid input 'issue_number': '#12'. Expected a positive integer."],
    [{ ...BASE, retention_days: '-1' }, "Invalid input 'retention_days': '-1'. Expected a positive integer."],
    [{ ...BASE, mode: 'execute' }, "Invalid input 'mode': 'execute'. Expected run or generate."],
    [{ ...BASE, max_tool_calls: '0' }, "Invalid input 'max_tool_calls': '0'. Expected a positive integer."],
    [{ ...BASE, tool_timeout: '5s' }, "Invalid input 'tool_timeout': '5s'. Expected a positive number of seconds."],
    [{ ...BASE, max_cost_usd: '$2' }, "Invalid input 'max_cost_usd': '$2'. Expected a positive number of US dollars, such as 0.50."],
    [{ ...BASE, max_cost_usd: '0' }, "Invalid input 'max_cost_usd': '0'. Expected a positive number of US dollars, such as 0.50."],
    [{ ...BASE, check: 'loose' }, "Invalid input 'check': 'loose'. Expected basic, strict or off."],
    [{ ...BASE, mcp_elicitation: 'ask' }, "Invalid input 'mcp_elicitation': 'ask'. Expected defaults or decline."],
    [{ ...BASE, on_drift: 'ignore' }, "Invalid input 'on_drift': 'ignore'. Expected fail or propose."],
    [
      { tools: 'tools.py', program: '.codemode/chore.py', on_drift: 'propose' },
      'No model credentials: set one of the inputs anthropic_api_key, claude_code_oauth_token, use_bedrock or use_vertex, or run a saved program with the input program.',
    ],
    [
      { ...BASE, approve_permission: 'owner' },
      "Invalid input 'approve_permission': 'owner'. Expected one of read, triage, write, maintain, admin.",
    ],
    [{ ...BASE, use_bedrock: 'yes' }, "Invalid input 'use_bedrock': 'yes'. Expected true or false."],
    [{ ...BASE, use_vertex: '1' }, "Invalid input 'use_vertex': '1'. Expected true or false."],
    [{ ...BASE, comment: 'no' }, "Invalid input 'comment': 'no'. Expected true or false."],
    [{ ...BASE, timeout: 'soon' }, "Invalid input 'timeout': 'soon'. Expected a positive number of seconds."],
    [{ ...BASE, execution_timeout: '0' }, "Invalid input 'execution_timeout': '0'. Expected a positive number of seconds."],
    [
      { ...BASE, approve_tools: 'delete_branch, drop table' },
      "Invalid input 'approve_tools': 'delete_branch, drop table'. Expected tool names or globs separated by commas or line breaks.",
    ],
    [{ ...BASE, approve_destructive_mcp: 'yes' }, "Invalid input 'approve_destructive_mcp': 'yes'. Expected true or false."],
    [
      { ...BASE, allowed_bots: 'dependabot[bot], renovate bot' },
      "Invalid input 'allowed_bots': 'dependabot[bot], renovate bot'. Expected a comma-separated list of bot logins, or *.",
    ],
    [
      { ...BASE, redact: 'API_KEY, my-var' },
      "Invalid input 'redact': 'API_KEY, my-var'. Expected variable names separated by commas or line breaks.",
    ],
    [
      { ...BASE, trigger_phrase: '/code mode' },
      "Invalid input 'trigger_phrase': '/code mode'. Expected a phrase without spaces, such as /codemode.",
    ],
    [{ ...BASE, claude_code_version: 'latest' }, "Invalid input 'claude_code_version': 'latest'. Expected a version such as 2.1.330."],
    [
      { ...BASE, artifact_name: 'results/run' },
      `Invalid input 'artifact_name': 'results/run'. Expected a name without any of " : < > | * ? \\ / or line breaks.`,
    ],
    [
      { tools: 'tools.py', use_bedrock: 'false' },
      'No model credentials: set one of the inputs anthropic_api_key, claude_code_oauth_token, use_bedrock or use_vertex, or run a saved program with the input program.',
    ],
  ])('refuses %j with a message naming the input', (values, message) => {
    expect(errorFor(values)).toBe(message);
  });
});

describe('action.yml', () => {
  const action = readActionYml();
  const declared = Object.entries(action.inputs).map(([name, input]) => ({ name, default: input.default ?? null }));

  it('declares exactly the inputs the action reads', () => {
    expect(declared.map((input) => input.name).sort()).toEqual([...INPUT_NAMES].sort());
  });

  const literalDefaults = Object.fromEntries(
    declared.filter((input) => input.default !== null && !input.default.startsWith('${{')).map((input) => [input.name, input.default!]),
  );

  it('is the source of the defaults the action applies to inputs left empty', () => {
    expect(INPUT_DEFAULTS).toEqual(literalDefaults);
  });

  it('has the engine defaults for the inputs the engine shares', () => {
    const engine = parseConfig({});
    const shared = { sandbox: engine.sandbox, check: engine.check, claude_code_version: engine.claude_code_version };
    expect(shared).toEqual({
      sandbox: action.inputs.sandbox!.default,
      check: action.inputs.check!.default,
      claude_code_version: action.inputs.claude_code_version!.default,
    });
  });

  it('has defaults that mean the same as leaving the input unset', () => {
    expect(Object.keys(literalDefaults).length).toBeGreaterThan(5);
    expect(read({ ...BASE, ...literalDefaults })).toEqual(read(BASE));
  });

  it('pins the Claude Code version the engine pins, which is the one the tests run', () => {
    expect(action.inputs.claude_code_version!.default).toBe(CLAUDE_CODE_VERSION);
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(manifest.devDependencies['@anthropic-ai/claude-code']).toBe(CLAUDE_CODE_VERSION);
  });

  it('runs the bundled action on Node 24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares every output the action sets', () => {
    const outputs = Object.keys(action.outputs);
    expect(outputs).toEqual([
      'success',
      'result',
      'error',
      'comment_url',
      'artifact_id',
      'artifact_url',
      'code_path',
      'cost_usd',
      'turns',
      'input_tokens',
      'output_tokens',
      'tool_calls',
      'pull_request_url',
    ]);
  });
});
