/**
 * #17 model requests and bytes per attempt, first and repair (the weather example, a first main() that raises).
 * #18 large catalogs: generated Python modules of 10, 100, 500 and 1,000 tools, a task calling one of them,
 * Code Mode (the committed CLI, real Claude Code, the scripted model) against a plain tool-calling loop sending the
 * same tools as JSON definitions.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { execa } from 'execa';

import { programEnvironment } from '../../src/engine/env.js';
import { extractTools } from '../../src/engine/tools.js';
import type { CodeModeResult } from '../../src/engine/types.js';
import {
  editRunnerScript,
  type FakeAnthropic,
  fakeAnthropicEnvironment,
  type MessagesBody,
  modelRequest,
  type ModelScript,
  replaceMain,
  startFakeAnthropic,
} from '../../testing/fakes/anthropic.js';
import { PYTHON_MAINS } from '../../testing/mains/python.js';
import { CLAUDE_PATH, REPO_ROOT } from '../lib/action.js';
import { writeToolsModule } from '../lib/generate.js';
import { summarize } from '../lib/measure.js';
import type { Row, SuiteOptions, SuiteResult } from '../lib/row.js';
import { toolDefinitions } from '../lib/tool-definitions.js';
import { runToolLoop } from '../lib/tool-loop.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
export const CATALOG_SIZES = [10, 100, 500, 1000];
const QUICK_SIZES = [10, 500];
/** The generated module's first tool: `fetch_order_0(target_0: str) -> dict[str, Any]`. */
const TOOL = 'fetch_order_0';
const CATALOG_TASK = 'Fetch order 42 and return what the tool answers.';
const CATALOG_MAIN = `def main(params: str = "") -> object:\n    return ${TOOL}("42")\n`;

interface Traffic {
  requests: number;
  bytes: number;
}

async function withFake<T>(script: ModelScript, work: (fake: FakeAnthropic) => Promise<T>): Promise<{ value: T; fake: FakeAnthropic }> {
  const fake = await startFakeAnthropic(script);
  try {
    return { value: await work(fake), fake };
  } finally {
    await fake.close();
  }
}

function trafficOf(fake: FakeAnthropic, attempt?: number): Traffic {
  const requests = fake
    .messageRequests()
    .filter((request, index) => attempt === undefined || modelRequest(index, request.json as MessagesBody).userPromptCount() === attempt);
  return { requests: requests.length, bytes: requests.reduce((total, request) => total + request.body_bytes, 0) };
}

async function runCli(args: string[], env: Record<string, string>, cwd = REPO_ROOT): Promise<CodeModeResult> {
  const run = await execa(process.execPath, [CLI, 'run', ...args, '--json', '--claude-code-path', CLAUDE_PATH], {
    cwd,
    env: { ...env, CLAUDE_CODE_MAX_RETRIES: '0' },
    reject: false,
  });
  return JSON.parse(run.stdout) as CodeModeResult;
}

/** The weather example whose first main() raises, repaired in the same session: the traffic of each attempt. */
async function attemptTraffic(): Promise<{ first: Traffic; repair: Traffic }> {
  const raises = replaceMain('def main(params: str = "") -> object:\n    raise ValueError("not yet")\n');
  const { value: result, fake } = await withFake(editRunnerScript([raises, replaceMain(PYTHON_MAINS.weather)]), (fake) =>
    runCli(
      ['--tools', 'examples/weather/tools.py', '--task', 'Compare weather between San Francisco and New York'],
      fakeAnthropicEnvironment(fake.url),
    ),
  );
  if (!result.success || result.attempts.length !== 2)
    throw new Error(`the repaired weather run did not succeed in two attempts: ${result.error ?? ''}`);
  return { first: trafficOf(fake, 1), repair: trafficOf(fake, 2) };
}

interface CatalogPoint {
  tools: number;
  codemode: Traffic & { success: boolean; error: string | null };
  definitions: Traffic & { definitions_bytes: number };
}

/** The plain loop's model: one call of the tool, then the answer. */
function oneCallScript(): ModelScript {
  return (request) =>
    request.body.messages.length === 1 ? { toolUses: [{ name: TOOL, input: { target_0: '42' } }] } : { text: 'Fetched order 42.' };
}

async function catalogPoint(dir: string, size: number): Promise<CatalogPoint> {
  const file = await writeToolsModule(dir, 'python', size);
  const { value: result, fake } = await withFake(editRunnerScript([replaceMain(CATALOG_MAIN)]), (fake) =>
    runCli(['--tools', path.basename(file), '--task', CATALOG_TASK, '--repo-root', dir], fakeAnthropicEnvironment(fake.url), dir),
  );
  const { module } = await extractTools(file, { repoRoot: dir, env: programEnvironment(process.env) }, { node: process.execPath });
  const definitions = await toolDefinitions(module);
  const { fake: loopFake } = await withFake(oneCallScript(), (loop) => runToolLoop(loop.url, file, definitions, CATALOG_TASK));
  return {
    tools: size,
    codemode: { ...trafficOf(fake), success: result.success, error: result.error },
    definitions: { ...trafficOf(loopFake), definitions_bytes: Buffer.byteLength(JSON.stringify(definitions)) },
  };
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function catalogRow(point: CatalogPoint): Row {
  const ratio = point.codemode.bytes / point.definitions.bytes;
  const goal = point.tools === 500 ? '≤ 0.25×, runs' : point.tools > 500 ? 'runs end to end' : '—';
  const met = point.tools === 500 ? point.codemode.success && ratio <= 0.25 : point.tools > 500 ? point.codemode.success : null;
  return {
    id: '18',
    what: `bytes sent to the model, ${point.tools.toLocaleString('en')} tools, Code Mode / the same tools as JSON definitions`,
    unit: '×',
    figure: summarize([ratio]),
    baseline: `JSON definitions: ${kB(point.definitions.bytes)} in ${point.definitions.requests} requests (${kB(point.definitions.definitions_bytes)} of definitions a request)`,
    goal,
    met,
    note: `Code Mode: ${kB(point.codemode.bytes)} in ${point.codemode.requests} requests, ${point.codemode.success ? 'ran' : `failed: ${point.codemode.error ?? ''}`}`,
  };
}

function attemptRows({ first, repair }: { first: Traffic; repair: Traffic }): Row[] {
  const attempt = (name: string, traffic: Traffic): Row => ({
    id: '17',
    what: `model requests in the ${name} attempt (weather)`,
    unit: 'count',
    figure: summarize([traffic.requests]),
    baseline: 'before: 3 (Read, Write, closing text)',
    goal: '≤ 2',
    met: traffic.requests <= 2,
    note: `${kB(traffic.bytes)} sent in the ${name} attempt`,
  });
  return [attempt('first', first), attempt('repair', repair)];
}

export async function catalogSuite(options: SuiteOptions): Promise<SuiteResult> {
  const attempts = await attemptTraffic();
  options.log(
    `#17 first attempt: ${attempts.first.requests} requests, ${attempts.first.bytes} B; repair: ${attempts.repair.requests}, ${attempts.repair.bytes} B`,
  );
  const dir = await mkdtemp(path.join(os.tmpdir(), 'codemode-bench-catalog-'));
  const points: CatalogPoint[] = [];
  try {
    for (const size of options.quick ? QUICK_SIZES : CATALOG_SIZES) {
      const point = await catalogPoint(dir, size);
      options.log(
        `#18 ${size} tools: Code Mode ${point.codemode.bytes} B in ${point.codemode.requests} requests (${point.codemode.success ? 'ran' : (point.codemode.error ?? 'failed')}); JSON definitions ${point.definitions.bytes} B in ${point.definitions.requests}`,
      );
      points.push(point);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { rows: [...attemptRows(attempts), ...points.map(catalogRow)], details: { attempts, catalog: points } };
}
