/**
 * Hostile programs against the built action: each attack of the trace, the execution log and the kernel
 * fails on what the action reports (summary, outputs and artifact), in a Python and a TypeScript program.
 */
import { describe, expect } from 'vitest';

import { LOG_FILE_CAP_BYTES } from '../../src/engine/execution-log.js';
import type { TraceEntry } from '../../src/engine/types.js';
import { editRunnerScript, type ModelScript, replaceMain } from '../../testing/fakes/anthropic.js';
import { implementMain } from '../../testing/mains/typescript.js';
import { workflowDispatch } from './events.js';
import { artifactFiles, type Stage, type StepRun, test } from './runner.js';

/** A program's attacks in one language: each the whole main() (Python) or main()'s body (TypeScript). */
interface Attacks {
  /** One real call, then a call to a tool named with 8 MiB of text; returns whether that call was refused. */
  hugeToolName: string;
  /** One real call, then waits past any execution timeout. */
  hang: string;
  /** One real call, then writes without end. */
  flood: string;
  /** Tries to create a user namespace, by the system call where the language has it and by the unshare command. */
  unshare: string;
}

interface Language {
  name: string;
  tools: string;
  /** The tool the programs call once for real. */
  realTool: string;
  model: (program: string) => ModelScript;
  attacks: Attacks;
}

const PYTHON: Language = {
  name: 'Python',
  tools: 'examples/weather/tools.py',
  realTool: 'get_weather',
  model: (main) => editRunnerScript([replaceMain(main)]),
  attacks: {
    hugeToolName: `def main(params: str = "") -> object:
    weather = get_weather("Paris")
    try:
        globals()["_codemode_" + "call"]("x" * (8 << 20), [], {})
        return {"weather": weather, "huge_name": "called"}
    except Exception as error:
        return {"weather": weather, "huge_name": "refused: " + type(error).__name__}
`,
    hang: `def main(params: str = "") -> object:
    import time
    get_weather("Paris")
    time.sleep(600)
    return "woke up"
`,
    flood: `def main(params: str = "") -> object:
    import sys
    get_weather("Paris")
    line = "y" * 65535 + "\\n"
    while True:
        sys.stdout.write(line)
`,
    unshare: `def main(params: str = "") -> object:
    import ctypes, os, subprocess
    libc = ctypes.CDLL(None, use_errno=True)
    call = "allowed" if libc.unshare(0x10000000) == 0 else "refused: " + os.strerror(ctypes.get_errno())
    command = subprocess.run(["unshare", "-Ur", "true"], capture_output=True, text=True)
    return {"weather": get_weather("Paris"), "unshare_call": call, "unshare_command": command.returncode, "stderr": command.stderr}
`,
  },
};

const TYPESCRIPT: Language = {
  name: 'TypeScript',
  tools: 'examples/triage/tools.ts',
  realTool: 'get_labels',
  model: (body) => editRunnerScript([(text) => implementMain(text, body)]),
  attacks: {
    hugeToolName: `  const labels = get_labels();
  const runtime = await import('./_codemode_runtime.ts');
  try {
    runtime.__codemodeCall('x'.repeat(8 << 20), [], false);
    return { labels: labels.length, huge_name: 'called' };
  } catch (error) {
    return { labels: labels.length, huge_name: 'refused: ' + (error as Error).name };
  }`,
    hang: `  get_labels();
  await new Promise((resolve) => setTimeout(resolve, 600_000));
  return 'woke up';`,
    // Each write waits until the pipe takes it, so that the output, not the program's memory, reaches its limit.
    flood: `  get_labels();
  const { stdout } = await import('node:' + 'process');
  const line = 'y'.repeat(65535) + '\\n';
  for (;;) await new Promise((resolve) => stdout.write(line, resolve));`,
    // Node has no unshare(2) of its own: a program reaches it through the command.
    unshare: `  const { spawnSync } = await import('node:' + 'child_process');
  const command = spawnSync('unshare', ['-Ur', 'true'], { encoding: 'utf8' });
  return { labels: get_labels().length, unshare_command: command.status, stderr: command.stderr };`,
  },
};

const EXECUTION_TIMEOUT_S = 5;

async function attack(stage: Stage, language: Language, program: string, inputs: Record<string, string> = {}): Promise<StepRun> {
  return stage.run({
    event: 'workflow_dispatch',
    payload: workflowDispatch(),
    inputs: { tools: language.tools, task: 'Attack the tool host', max_attempts: '1', ...inputs },
    model: language.model(program),
  });
}

async function resultFile(step: StepRun): Promise<{ text: string; trace: TraceEntry[] }> {
  const text = (await artifactFiles(step.artifacts[0]!))['result.json']!;
  return { text, trace: (JSON.parse(text) as { trace: TraceEntry[] }).trace };
}

/** The report's table of calls holds exactly `count` rows, the first a successful call of `tool`. */
function expectCallsReported(step: StepRun, tool: string, count: number): void {
  expect(step.summary).toContain(`#### Tool calls (${count})\n`);
  expect(step.summary).toMatch(new RegExp(`^\\| 1 \\| ${tool} \\| .* \\| \`[^❌].*\` \\| \\d+(\\.\\d)? ms \\|$`, 'm'));
}

describe.for([PYTHON, TYPESCRIPT])('the built action against a hostile $name program', (language) => {
  test('keeps the real call in the trace when the program calls a tool named with megabytes of text', async ({ stage }) => {
    const step = await attack(stage, language, language.attacks.hugeToolName);

    expect(step.messages('error')).toEqual([]);
    expect(step.exitCode).toBe(0);
    expect(JSON.parse(step.outputs.result!)).toMatchObject({ huge_name: expect.stringMatching(/^refused: /) });
    expectCallsReported(step, language.realTool, 2);
    const result = await resultFile(step);
    expect(result.trace.map((entry) => [entry.tool, entry.ok])).toEqual([
      [language.realTool, true],
      ['?', false],
    ]);
    expect(result.text.length).toBeLessThan(1024 * 1024);
  });

  test('keeps the real call in the trace when the program hangs until the execution timeout', async ({ stage }) => {
    const step = await attack(stage, language, language.attacks.hang, { execution_timeout: String(EXECUTION_TIMEOUT_S) });

    const error = `The generated program timed out after ${EXECUTION_TIMEOUT_S} s and was killed`;
    expect(step.exitCode).toBe(1);
    expect(step.messages('error')).toEqual([`Code Mode failed in execute: ${error}`]);
    expect(step.outputs).toMatchObject({ success: 'false', error });
    expectCallsReported(step, language.realTool, 1);
    expect((await resultFile(step)).trace).toMatchObject([{ tool: language.realTool, ok: true }]);
  });

  test('stops a program whose output passes the limit, with a bounded log in the artifact', async ({ stage }) => {
    const started = Date.now();
    const step = await attack(stage, language, language.attacks.flood);

    const error = 'The generated program was stopped: its output passed the limit of 256 MiB';
    expect(step.exitCode).toBe(1);
    expect(step.messages('error')).toEqual([`Code Mode failed in execute: ${error}`]);
    expect(step.outputs).toMatchObject({ success: 'false', error });
    expectCallsReported(step, language.realTool, 1);
    const log = Buffer.from((await artifactFiles(step.artifacts[0]!))['execution.log']!);
    const dropped = /\n… \d+ bytes dropped here \(execution\.log keeps the first and last 32 MiB of the output\) …\n/.exec(log.toString());
    expect(dropped).not.toBeNull();
    expect(log.length).toBe(LOG_FILE_CAP_BYTES + Buffer.byteLength(dropped![0]));
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  test('refuses a new user namespace to the program', async ({ stage }) => {
    const step = await attack(stage, language, language.attacks.unshare);

    expect(step.messages('error')).toEqual([]);
    expect(step.exitCode).toBe(0);
    const output = JSON.parse(step.outputs.result!) as { unshare_call?: string; unshare_command: number; stderr: string };
    expect(output.unshare_command).not.toBe(0);
    expect(output.stderr).toMatch(/unshare failed: Operation not permitted/);
    if (language === PYTHON) expect(output.unshare_call).toBe('refused: Operation not permitted');
    expectCallsReported(step, language.realTool, 1);
  });
});

test("refuses a tool call whose argument is not of the parameter's type, before the tool runs", async ({ stage }) => {
  const program = `def main(params: str = "") -> object:
    import json
    # An object where the tool takes a string; typed Any, as data read at run time is, so that it type-checks.
    city = json.loads('{"city": "Paris", "injected": true}')
    try:
        get_weather(city)
        return "called"
    except TypeError as error:
        return "refused: " + str(error)
`;
  const step = await attack(stage, PYTHON, program);

  expect(step.exitCode).toBe(0);
  expect(JSON.parse(step.outputs.result!)).toMatch(/^refused: get_weather\(\) was not called: the argument city is not str/);
  expect((await resultFile(step)).trace).toMatchObject([{ tool: 'get_weather', ok: false }]);
});
