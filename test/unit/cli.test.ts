import { describe, expect, it } from 'vitest';

import { parseCommandLine } from '../../src/cli/args.js';
import { runCli } from '../../src/cli/main.js';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('codemode CLI usage errors', () => {
  it.each([
    [[], "codemode: Missing command: expected 'run' or 'check'"],
    [['go'], "codemode: Unknown command 'go': expected 'run' or 'check'"],
    [['run', '--task', 'x'], 'codemode: Missing --tools <file> or --mcp-config <file|json>'],
    [
      ['run', '--mcp-config', '{}', '--task', 'x', '--language', 'ruby'],
      "codemode: Invalid --language 'ruby': expected typescript or python",
    ],
    [['run', '--mcp-config', '{"mcpServers": {}}', '--task', 'x'], 'codemode: mcp_config names no server in mcpServers'],
    [['run', '--tools', 'examples/weather/tools.py'], 'codemode: Missing --task <text>: say what the program should do'],
    [['run', '--tools', 'examples/weather/tools.py', '--task', '   '], 'codemode: Missing --task <text>: say what the program should do'],
    [
      ['run', '--tools', 't.py', '--task', 'x', '--timeout', 'soon'],
      "codemode: Invalid --timeout 'soon': expected a positive number of seconds",
    ],
    [
      ['run', '--tools', 't.py', '--task', 'x', '--timeout', '-5'],
      "codemode: Invalid --timeout '-5': expected a positive number of seconds",
    ],
    [
      ['run', '--tools', 't.py', '--task', 'x', '--execution-timeout', '0'],
      "codemode: Invalid --execution-timeout '0': expected a positive number of seconds",
    ],
    [
      ['run', '--tools', 't.py', '--task', 'x', '--max-attempts', '1.5'],
      "codemode: Invalid --max-attempts '1.5': expected a positive integer",
    ],
    [
      ['run', '--tools', 't.py', '--task', 'x', '--max-tool-calls', '0'],
      "codemode: Invalid --max-tool-calls '0': expected a positive integer",
    ],
    [
      ['run', '--tools', 't.py', '--task', 'x', '--max-tool-calls', '2.5'],
      "codemode: Invalid --max-tool-calls '2.5': expected a positive integer",
    ],
    [
      ['run', '--tools', 't.py', '--task', 'x', '--tool-timeout', 'never'],
      "codemode: Invalid --tool-timeout 'never': expected a positive number of seconds",
    ],
    [
      ['run', '--tools', 't.py', '--task', 'x', '--max-cost-usd', '$1'],
      "codemode: Invalid --max-cost-usd '$1': expected a positive number of US dollars",
    ],
    [
      ['run', '--tools', 't.py', '--task', 'x', '--max-cost-usd', '-0.5'],
      "codemode: Invalid --max-cost-usd '-0.5': expected a positive number of US dollars",
    ],
    [['run', '--tools', 't.py', '--task', 'x', '--keep'], 'codemode: --keep needs --workspace <dir>'],
    [
      ['run', '--tools', 't.py', '--task', 'x', '--approve-tools', 'delete_branch,drop table'],
      "codemode: Invalid --approve-tools 'drop table': expected tool names or globs separated by commas",
    ],
    [
      ['run', '--tools', 't.py', '--task', 'x', '--resume', 'j.jsonl'],
      'codemode: --resume needs --program <file>: the program that paused',
    ],
    [
      ['run', '--tools', 't.py', '--program', 'p.py', '--resume', 'j.jsonl'],
      'codemode: --resume needs --approve <call>: the pending call approved',
    ],
    [
      ['run', '--tools', 't.py', '--program', 'p.py', '--approve', '2'],
      'codemode: --approve needs --resume <journal>: the paused run to go on with',
    ],
    [
      ['run', '--tools', 't.py', '--program', 'p.py', '--resume', 'j.jsonl', '--approve', 'next'],
      "codemode: Invalid --approve 'next': expected a positive integer",
    ],
    [['run', '--tools', 't.py', '--task', 'x', '--check', 'loose'], "codemode: Invalid --check 'loose': expected strict, basic or off"],
    [
      ['run', '--tools', 't.py', '--task', 'x', '--mcp-elicitation', 'ask'],
      "codemode: Invalid --mcp-elicitation 'ask': expected defaults or decline",
    ],
    [['run', '--tools', 't.py', '--task', 'x', '--sandbox', 'maybe'], "codemode: Invalid --sandbox 'maybe': expected required or off"],
    [['run', '--tools', 'missing/tools.py', '--task', 'x'], 'codemode: Tools module not found: missing/tools.py'],
    [['run', '--tools', 'test', '--task', 'x'], 'codemode: Tools module is not a file: test'],
    [
      ['run', '--tools', 'package.json', '--task', 'x'],
      "codemode: Unsupported tools module extension '.json': expected .py, .ts, .mts, .js or .mjs",
    ],
    [
      ['run', '--tools', '/etc/hostname', '--task', 'x'],
      `codemode: Tools module /etc/hostname is outside the repository root ${process.cwd()}`,
    ],
  ])('%j exits 2 with a one-line error', async (argv, message) => {
    const { code, stderr, stdout } = await cli(...argv);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(message);
    expect(stdout).toBe('');
  });

  it('passes --check and --pyright-path to the engine', () => {
    const command = parseCommandLine([
      'run',
      '--tools',
      't.py',
      '--task',
      'x',
      '--check',
      'strict',
      '--pyright-path',
      'node_modules/pyright/index.js',
    ]);
    expect(command?.config).toMatchObject({ check: 'strict', pyright_path: 'node_modules/pyright/index.js' });
    expect(parseCommandLine(['run', '--tools', 't.py', '--task', 'x'])?.config.check).toBeUndefined();
    expect(parseCommandLine(['run', '--mcp-config', '.mcp.json', '--task', 'x', '--mcp-elicitation', 'decline'])?.config).toMatchObject({
      mcp_elicitation: 'decline',
    });
  });

  it('rejects unknown flags', async () => {
    const { code, stderr } = await cli('run', '--tool', 'x');
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--tool'");
  });

  it('prints help and exits 0', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: codemode run --tools <file> | --mcp-config <file|json> --task <text>');
  });
});

describe('codemode CLI redaction', () => {
  it('reads --redact as variable names, repeated or comma-separated', () => {
    expect(parseCommandLine(['run', '--tools', 't.py', '--task', 'x', '--redact', 'A_1, B', '--redact', 'C'])?.redact).toEqual([
      'A_1',
      'B',
      'C',
    ]);
    expect(parseCommandLine(['run', '--tools', 't.py', '--task', 'x'])?.redact).toEqual([]);
    expect(() => parseCommandLine(['run', '--tools', 't.py', '--task', 'x', '--redact', 'not-a-name'])).toThrow(
      "Invalid --redact 'not-a-name': expected variable names separated by commas",
    );
  });

  it('redacts listed variables, secret-looking ones and URL passwords from what it prints, in any encoding', async () => {
    const env = { DEPLOY_HOOK: 'hook-value-123', DATABASE_URL: 'postgres://app:hunter2pass@db/x', API_TOKEN: 'tok-0123456789' };
    const tools = ['hook-value-123', Buffer.from('hunter2pass').toString('hex'), Buffer.from('tok-0123456789').toString('base64')].join(
      '-',
    );
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(
      ['run', '--tools', `missing/${tools}.py`, '--task', 'x', '--redact', 'DEPLOY_HOOK'],
      { stdout: (t) => out.push(t), stderr: (t) => err.push(t) },
      env,
    );
    expect(code).toBe(2);
    expect(err[0]).toBe('codemode: Tools module not found: missing/***-***-***.py');
  });
});
