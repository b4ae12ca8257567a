import { parseArgs } from 'node:util';

import {
  CHECK_MODES,
  type CodeModeConfigInput,
  CodeModeError,
  ELICITATION_POLICIES,
  errorMessage,
  type Language,
  LANGUAGES,
  parseByteSize,
  type ResumeRequest,
  SANDBOX_MODES,
} from '../lib.js';

const usageError = (message: string) => new CodeModeError(message, 'usage');

export const USAGE = `Usage: codemode run --tools <file> | --mcp-config <file|json> --task <text> [options]
       codemode run --tools <file> --program <file> [options]
       codemode run --tools <file> --program <file> --resume <journal> --approve <call> [--approve-all] [options]
       codemode check --tools <file> --program <file>

Commands:
  run                        have Claude Code write the program, verify and run it; with --program, run a saved one
  check                      check a saved program against today's tools without running it (exit 1 with the diff)

Options:
  --tools <file>             tools module (.py, .ts, .mts, .js, .mjs), relative to the repository root
  --mcp-config <file|json>   MCP servers whose tools the program gets (.mcp.json format), alone or with --tools
  --language <name>          runner language with MCP servers alone: typescript (default) or python
  --mcp-elicitation defaults|decline
                             answer MCP servers' elicitations with the form's defaults (default), or decline them all
  --task <text>              what the generated program should do
  --program <file>           saved program (e.g. .codemode/<name>.py), relative to the repository root: no model request
  --approve-tools <names>    tools (names or globs, comma-separated) whose calls need approval: the run stops before each (exit 3)
  --allow-destructive-mcp    MCP tools annotated destructiveHint run without approval
  --resume <journal>         resume the --program that paused, replaying the calls of its journal (call-journal.jsonl)
  --approve <call>           with --resume: the pending call approved (its number, as the paused run shows it)
  --approve-all              with --resume: every later call of the pending call's tool is approved too
  --save <file>              write the program to this file, relative to the repository root, when the run succeeds or pauses
  --json                     print the whole CodeModeResult as JSON (progress goes to stderr)
  --model <name>             Claude model
  --max-attempts <n>         Claude sessions allowed to repair a failing program (default 2)
  --max-turns <n>            Claude turns per attempt (default 12)
  --timeout <s>              seconds for the whole run (default 900)
  --execution-timeout <s>    seconds for the generated program (default 120)
  --max-tool-calls <n>       tool calls the program may make per attempt; past it they fail and the run stops (default 2000)
  --tool-timeout <s>         seconds one tool call may take before it fails with a TimeoutError (default: no limit)
  --max-cost-usd <usd>       US dollars the Claude Code sessions of the run may spend, repairs included (default: no limit)
  --workspace <dir>          where the runner, log and transcript are written
  --keep                     keep the workspace after the run
  --dry-run                  write the runner and the prompt, then stop before Claude
  --repo-root <dir>          repository root (default: the current directory)
  --python <path>            Python interpreter (default python3)
  --claude-code-path <path>  use this Claude Code binary instead of the pinned install
  --sandbox required|off     run the program under bubblewrap (default), or unsandboxed with your files and network in reach
  --max-processes <n>        processes and threads the sandboxed program may run at once (default 512; not enforced as root)
  --tmp-size <size>          size of the sandbox's /tmp and of its /dev/shm, in bytes or as 512M, 2G (default 1G)
  --max-memory <size>        memory each of the program's processes may allocate, in bytes or as 512M, 4G (default 2G)
  --check basic|strict|off   type-check Python programs with pyright before they run (default basic)
  --pyright-path <path>      use this pyright (its index.js) instead of the pinned install
  --redact <names>           more variables (comma-separated) whose values never appear in the output, in any encoding
  --verbose                  also show each step Claude Code takes
  -h, --help                 show this help`;

export interface CliCommand {
  command: 'run' | 'check';
  tools: string | undefined;
  mcp: string | undefined;
  language: Language | undefined;
  task: string | undefined;
  /** A saved program to run or check instead of asking the model. */
  program: string | undefined;
  /** Where to write the program after a successful run. */
  save: string | undefined;
  /** The paused run the saved program resumes, and the call approved. */
  resume: ResumeRequest | undefined;
  json: boolean;
  dryRun: boolean;
  /** Variables whose values the output never shows, beyond those whose names look secret. */
  redact: string[];
  config: CodeModeConfigInput;
}

const OPTIONS = {
  tools: { type: 'string' },
  'mcp-config': { type: 'string' },
  language: { type: 'string' },
  task: { type: 'string' },
  program: { type: 'string' },
  save: { type: 'string' },
  'approve-tools': { type: 'string', multiple: true },
  'allow-destructive-mcp': { type: 'boolean', default: false },
  resume: { type: 'string' },
  approve: { type: 'string' },
  'approve-all': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  model: { type: 'string' },
  'max-attempts': { type: 'string' },
  'max-turns': { type: 'string' },
  timeout: { type: 'string' },
  'execution-timeout': { type: 'string' },
  'max-tool-calls': { type: 'string' },
  'tool-timeout': { type: 'string' },
  'max-cost-usd': { type: 'string' },
  workspace: { type: 'string' },
  keep: { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
  'repo-root': { type: 'string' },
  python: { type: 'string' },
  'claude-code-path': { type: 'string' },
  sandbox: { type: 'string' },
  'max-processes': { type: 'string' },
  'tmp-size': { type: 'string' },
  'max-memory': { type: 'string' },
  check: { type: 'string' },
  'mcp-elicitation': { type: 'string' },
  'pyright-path': { type: 'string' },
  redact: { type: 'string', multiple: true },
  verbose: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Parses the command line; returns null when help was asked for. */
export function parseCommandLine(argv: string[]): CliCommand | null {
  let parsed;
  try {
    parsed = parseArgs({ args: attachNegativeNumbers(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(errorMessage(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return null;
  const [command] = positionals;
  if ((command !== 'run' && command !== 'check') || positionals.length > 1) {
    throw usageError(
      positionals.length
        ? `Unknown command '${positionals.join(' ')}': expected 'run' or 'check'`
        : "Missing command: expected 'run' or 'check'",
    );
  }
  if (values.tools === undefined && values['mcp-config'] === undefined)
    throw usageError('Missing --tools <file> or --mcp-config <file|json>');
  if (command === 'check' && values.program === undefined)
    throw usageError('Missing --program <file>: check needs the saved program to check');
  if (command === 'run' && values.program === undefined && !values.task?.trim()) {
    throw usageError('Missing --task <text>: say what the program should do');
  }
  if (values.save !== undefined && (command === 'check' || values['dry-run'])) {
    throw usageError(`--save needs a run that executes the program, not ${command === 'check' ? 'check' : '--dry-run'}`);
  }
  if (values.keep && !values.workspace) throw usageError('--keep needs --workspace <dir>');
  return {
    command,
    tools: values.tools,
    mcp: values['mcp-config'],
    language: oneOf('--language', values.language, LANGUAGES),
    task: values.task,
    program: values.program,
    save: values.save,
    resume: resumeRequest(values),
    json: values.json,
    dryRun: values['dry-run'],
    redact: variableNames(values.redact ?? []),
    config: {
      model: values.model,
      max_attempts: optionalNumber('--max-attempts', values['max-attempts'], 'integer'),
      max_turns: optionalNumber('--max-turns', values['max-turns'], 'integer'),
      timeout: optionalNumber('--timeout', values.timeout, 'seconds'),
      execution_timeout: optionalNumber('--execution-timeout', values['execution-timeout'], 'seconds'),
      max_tool_calls: optionalNumber('--max-tool-calls', values['max-tool-calls'], 'integer'),
      tool_timeout: optionalNumber('--tool-timeout', values['tool-timeout'], 'seconds'),
      max_cost_usd: optionalNumber('--max-cost-usd', values['max-cost-usd'], 'usd'),
      workspace_dir: values.workspace,
      preserve_workspace: values.keep || values['dry-run'],
      repo_root: values['repo-root'],
      python: values.python,
      claude_code_path: values['claude-code-path'],
      sandbox: oneOf('--sandbox', values.sandbox, SANDBOX_MODES),
      max_processes: optionalNumber('--max-processes', values['max-processes'], 'integer'),
      tmp_size: optionalByteSize('--tmp-size', values['tmp-size']),
      max_memory: optionalByteSize('--max-memory', values['max-memory']),
      check: oneOf('--check', values.check, CHECK_MODES),
      mcp_elicitation: oneOf('--mcp-elicitation', values['mcp-elicitation'], ELICITATION_POLICIES),
      pyright_path: values['pyright-path'],
      verbose: values.verbose,
      approve_tools: toolNames(values['approve-tools'] ?? []),
      approve_destructive_mcp: !values['allow-destructive-mcp'],
    },
  };
}

/** `--timeout -5` would read as a flag; joining it as `--timeout=-5` lets the number check report it. */
function attachNegativeNumbers(argv: string[]): string[] {
  const joined: string[] = [];
  for (const arg of argv) {
    const previous = joined.at(-1);
    if (
      previous?.startsWith('--') &&
      !previous.includes('=') &&
      /^-\d/.test(arg) &&
      Object.hasOwn(OPTIONS, previous.slice(2)) &&
      OPTIONS[previous.slice(2) as keyof typeof OPTIONS].type === 'string'
    ) {
      joined[joined.length - 1] = `${previous}=${arg}`;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

/** `--resume <journal> --approve <call> [--approve-all]`, each needing the others and the saved program. */
function resumeRequest(values: { resume?: string; approve?: string; 'approve-all': boolean; program?: string }): ResumeRequest | undefined {
  if (values.resume === undefined) {
    if (values.approve !== undefined || values['approve-all'])
      throw usageError('--approve needs --resume <journal>: the paused run to go on with');
    return undefined;
  }
  if (values.program === undefined) throw usageError('--resume needs --program <file>: the program that paused');
  if (values.approve === undefined) throw usageError('--resume needs --approve <call>: the pending call approved');
  const call = optionalNumber('--approve', values.approve, 'integer') ?? 0;
  return { journal: values.resume, call, all: values['approve-all'] };
}

/** Tool names or globs separated by commas. */
function toolNames(lists: string[]): string[] {
  const names = lists.flatMap((list) => list.split(',').map((name) => name.trim())).filter(Boolean);
  const invalid = names.find((name) => !/^[\w$.*?]+$/.test(name));
  if (invalid !== undefined) throw usageError(`Invalid --approve-tools '${invalid}': expected tool names or globs separated by commas`);
  return names;
}

function variableNames(lists: string[]): string[] {
  const names = lists.flatMap((list) => list.split(',').map((name) => name.trim())).filter(Boolean);
  const invalid = names.find((name) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name));
  if (invalid !== undefined) throw usageError(`Invalid --redact '${invalid}': expected variable names separated by commas`);
  return names;
}

function optionalByteSize(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const bytes = parseByteSize(text);
  if (bytes === null) throw usageError(`Invalid ${flag} '${text}': expected a number of bytes or a size such as 512M or 2G`);
  return bytes;
}

function oneOf<Mode extends string>(flag: string, text: string | undefined, modes: readonly Mode[]): Mode | undefined {
  if (text === undefined) return undefined;
  const mode = modes.find((candidate) => candidate === text);
  if (!mode) throw usageError(`Invalid ${flag} '${text}': expected ${modes.slice(0, -1).join(', ')} or ${modes.at(-1) ?? ''}`);
  return mode;
}

const NUMBER_KINDS = { integer: 'a positive integer', seconds: 'a positive number of seconds', usd: 'a positive number of US dollars' };

function optionalNumber(flag: string, text: string | undefined, kind: keyof typeof NUMBER_KINDS): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  const valid = text.trim() !== '' && Number.isFinite(value) && value > 0 && (kind !== 'integer' || Number.isInteger(value));
  if (!valid) throw usageError(`Invalid ${flag} '${text}': expected ${NUMBER_KINDS[kind]}`);
  return value;
}
