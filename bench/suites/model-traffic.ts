/**
 * #7 bytes sent to the model over a whole task, Code Mode (the committed CLI bundle) against the seed's
 * invocation of Claude Code (`claude --print --dangerously-skip-permissions`, default system prompt and tools)
 * on the same runner with the same scripted model. #8 round trips and bytes for the ETL example against a plain
 * tool-calling loop over the same tools.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { execa } from 'execa';

import { programEnvironment } from '../../src/engine/env.js';
import { extractTools } from '../../src/engine/tools.js';
import {
  editRunnerScript,
  type FakeAnthropic,
  fakeAnthropicEnvironment,
  type ModelScript,
  replaceMain,
  runnerPathIn,
  startFakeAnthropic,
} from '../../testing/fakes/anthropic.js';
import { PYTHON_MAINS } from '../../testing/mains/python.js';
import { CLAUDE_PATH, REPO_ROOT } from '../lib/action.js';
import { summarize } from '../lib/measure.js';
import type { Row, SuiteOptions, SuiteResult } from '../lib/row.js';
import { toolDefinitions } from '../lib/tool-definitions.js';
import { runToolLoop } from '../lib/tool-loop.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

const TASKS = {
  weather: { tools: 'examples/weather/tools.py', task: 'Compare weather between San Francisco and New York', main: PYTHON_MAINS.weather },
  etl: { tools: 'examples/etl/tools.py', task: 'Run the ETL pipeline from api_source to warehouse', main: PYTHON_MAINS.etl },
} as const;
type Example = keyof typeof TASKS;

/** The seed's instruction to Claude Code, as its README shows it. */
function seedPrompt(runnerPath: string, task: string): string {
  return `Implement the main() function in ${runnerPath} to accomplish the task: ${task}\n\nUse the provided tools by writing Python code. The tool functions are defined in the file; call them from main() and return the result.`;
}

interface Traffic {
  requests: number;
  bytes: number;
}

function traffic(fake: FakeAnthropic): Traffic {
  const posts = fake.requests.filter((request) => request.method === 'POST');
  return { requests: fake.messageRequests().length, bytes: posts.reduce((total, request) => total + request.body_bytes, 0) };
}

async function withFake<T>(script: ModelScript, work: (fake: FakeAnthropic) => Promise<T>): Promise<{ value: T; traffic: Traffic }> {
  const fake = await startFakeAnthropic(script);
  try {
    const value = await work(fake);
    return { value, traffic: traffic(fake) };
  } finally {
    await fake.close();
  }
}

async function codeModeTraffic(example: Example): Promise<Traffic> {
  const { tools, task, main } = TASKS[example];
  const { traffic: measured } = await withFake(editRunnerScript([replaceMain(main)]), (fake) =>
    execa(process.execPath, [CLI, 'run', '--tools', tools, '--task', task, '--json', '--claude-code-path', CLAUDE_PATH], {
      cwd: REPO_ROOT,
      env: { ...fakeAnthropicEnvironment(fake.url), CLAUDE_CODE_MAX_RETRIES: '0' },
    }),
  );
  return measured;
}

/** The seed's model: Read the runner, Write it with main() implemented, then a closing sentence. */
function seedScript(main: string): ModelScript {
  return (request) => {
    if (!request.body.tools?.length) return { text: 'Implemented main().' };
    const runnerPath = runnerPathIn(request.firstUserText());
    const turn = request.turnsSinceLastPrompt();
    if (turn === 0) return { toolUses: [{ name: 'Read', input: { file_path: runnerPath } }] };
    if (turn === 1)
      return {
        toolUses: [{ name: 'Write', input: { file_path: runnerPath, content: replaceMain(main)(readFileSync(runnerPath, 'utf8')) } }],
      };
    return { text: 'Implemented main().' };
  };
}

async function seedTraffic(example: Example): Promise<Traffic> {
  const { tools, task, main } = TASKS[example];
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'codemode-bench-seed-'));
  try {
    await execa(process.execPath, [CLI, 'run', '--tools', tools, '--task', task, '--dry-run', '--workspace', workspace], {
      cwd: REPO_ROOT,
    });
    const runnerPath = path.join(workspace, 'agentRunner.py');
    const { traffic: measured } = await withFake(seedScript(main), (fake) =>
      execa(CLAUDE_PATH, ['--print', '--dangerously-skip-permissions', seedPrompt(runnerPath, task)], {
        cwd: workspace,
        env: {
          ...fakeAnthropicEnvironment(fake.url),
          CLAUDE_CODE_MAX_RETRIES: '0',
          CLAUDE_CONFIG_DIR: path.join(workspace, '.claude-config'),
          IS_SANDBOX: '1',
        },
        stdin: 'ignore',
      }),
    );
    if (!(await readFile(runnerPath, 'utf8')).includes(main.split('\n')[2]!))
      throw new Error('the seed-style session did not write main()');
    return measured;
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}

/** Text of the result of the `index`-th tool call in the conversation, parsed as JSON. */
function toolResult(messages: { role: string; content: unknown }[], index: number): unknown {
  const results = messages.filter((message) => message.role === 'user' && Array.isArray(message.content));
  const block = (results[index]?.content as { type: string; content?: unknown }[] | undefined)?.find(
    (entry) => entry.type === 'tool_result',
  );
  return typeof block?.content === 'string' ? JSON.parse(block.content) : null;
}

/** The model of a tool-calling agent doing the ETL task: one call per turn, copying data from the results. */
function etlLoopScript(): ModelScript {
  return (request) => {
    const { messages } = request.body;
    const step = messages.filter((message) => message.role === 'assistant').length;
    const calls = [
      () => ({ name: 'fetch_data', input: { source: 'api_source' } }),
      () => ({ name: 'transform_data', input: { data: toolResult(messages, 0), rules: ['normalize', 'deduplicate'] } }),
      () => ({ name: 'validate_data', input: { data: toolResult(messages, 1) } }),
      () => ({ name: 'store_data', input: { data: toolResult(messages, 1), destination: 'warehouse' } }),
    ];
    return step < calls.length
      ? { toolUses: [calls[step]!()] }
      : { text: `Stored ${JSON.stringify(toolResult(messages, 3))} records in warehouse.` };
  };
}

async function plainLoopTraffic(): Promise<Traffic & { output: string }> {
  const toolsPath = path.join(REPO_ROOT, TASKS.etl.tools);
  const { module } = await extractTools(
    toolsPath,
    {
      repoRoot: REPO_ROOT,
      env: programEnvironment(process.env),
    },
    { node: process.execPath },
  );
  const definitions = await toolDefinitions(module);
  const { value, traffic: measured } = await withFake(etlLoopScript(), (fake) =>
    runToolLoop(fake.url, toolsPath, definitions, TASKS.etl.task),
  );
  return { ...measured, output: value.output };
}

export async function modelTrafficSuite(options: SuiteOptions): Promise<SuiteResult> {
  const measured: Record<Example, { codemode: Traffic; seed: Traffic }> = {
    weather: { codemode: await codeModeTraffic('weather'), seed: await seedTraffic('weather') },
    etl: { codemode: await codeModeTraffic('etl'), seed: await seedTraffic('etl') },
  };
  const loop = await plainLoopTraffic();
  for (const [example, sides] of Object.entries(measured)) {
    options.log(
      `#7 ${example}: Code Mode ${sides.codemode.bytes} B in ${sides.codemode.requests} requests, seed ${sides.seed.bytes} B in ${sides.seed.requests}`,
    );
  }
  options.log(`#8 plain loop: ${loop.bytes} B in ${loop.requests} requests (${loop.output})`);
  const ratios = (Object.keys(measured) as Example[]).map((example) => measured[example].codemode.bytes / measured[example].seed.bytes);
  const etl = measured.etl.codemode;
  const rows: Row[] = [
    {
      id: '7',
      what: 'bytes sent to the model over a task, Code Mode / seed invocation',
      unit: '×',
      figure: summarize(ratios),
      baseline: `seed: weather ${(measured.weather.seed.bytes / 1024).toFixed(0)} kB, ETL ${(measured.etl.seed.bytes / 1024).toFixed(0)} kB`,
      goal: '≤ 0.2×',
      met: Math.max(...ratios) <= 0.2,
      note: `Code Mode: weather ${(measured.weather.codemode.bytes / 1024).toFixed(1)} kB, ETL ${(etl.bytes / 1024).toFixed(1)} kB; range over the two examples`,
    },
    {
      id: '8',
      what: 'ETL round trips, Code Mode / plain tool-calling loop',
      unit: '×',
      figure: summarize([etl.requests / loop.requests]),
      baseline: `plain loop: ${loop.requests} requests`,
      goal: 'fewer (< 1×)',
      met: etl.requests < loop.requests,
      note: `Code Mode: ${etl.requests} requests`,
    },
    {
      id: '8',
      what: 'ETL bytes sent to the model, Code Mode / plain tool-calling loop',
      unit: '×',
      figure: summarize([etl.bytes / loop.bytes]),
      baseline: `plain loop: ${(loop.bytes / 1024).toFixed(1)} kB`,
      goal: 'fewer (< 1×)',
      met: etl.bytes < loop.bytes,
      note: `Code Mode: ${(etl.bytes / 1024).toFixed(1)} kB`,
    },
  ];
  return { rows, details: { measured, plain_loop: loop } };
}
