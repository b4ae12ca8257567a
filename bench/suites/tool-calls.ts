/**
 * #12 cost and #13 time to result against the number of tool calls a task needs. The task: fetch each of n
 * records (about 500 bytes each), keep the open ones of priority 4 or more, set each kept one's status. Code Mode
 * (the committed CLI, real Claude Code, the scripted model writing the loop once) against a plain tool-calling
 * loop over the same tools: one request per model turn carrying the conversation so far, up to 10 parallel tool
 * calls a turn. The fake model answers after 1 s + 1 ms per KB of the request; each tool call takes 50 ms.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';

import { execa } from 'execa';

import { sessionTools, systemPrompt } from '../../src/engine/claude/prompt.js';
import { runClaudeSession } from '../../src/engine/claude/session.js';
import { claudeEnvironment, programEnvironment } from '../../src/engine/env.js';
import { extractTools } from '../../src/engine/tools.js';
import type { CodeModeResult, PhaseTimings } from '../../src/engine/types.js';
import {
  editRunnerScript,
  type FakeAnthropic,
  fakeAnthropicEnvironment,
  type Message,
  type ModelScript,
  replaceMain,
  startFakeAnthropic,
} from '../../testing/fakes/anthropic.js';
import { CLAUDE_PATH, REPO_ROOT } from '../lib/action.js';
import { summarize } from '../lib/measure.js';
import type { Row, SuiteOptions, SuiteResult } from '../lib/row.js';
import { type ToolDefinition, toolDefinitions } from '../lib/tool-definitions.js';
import { runToolLoop } from '../lib/tool-loop.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
export const TOOLS = path.join(REPO_ROOT, 'bench', 'records', 'tools.py');
export const RECORD_COUNTS = [2, 5, 10, 100, 1000] as const;
const QUICK_RECORD_COUNTS = [10] as const;
/** The size of a typical small chore, where Code Mode must send at most 0.7× the loop's bytes. */
const SMALL_CHORE_RECORDS = 10;
/**
 * Runs of each side at a small chore's sizes, taken in turn: there one run's time varies by more than what
 * separates it from its goal. A larger size runs once.
 */
const SMALL_CHORE_RUNS = 3;
/** The most tool calls a model reliably issues in one turn. */
const PARALLEL_CALLS = 10;
export const LATENCY_MODEL = 'model answers after 1 s + 1 ms per KB of request; each tool call 50 ms';
export const answerDelayMs = (bodyBytes: number) => 1000 + bodyBytes / 1024;

export const task = (records: number) =>
  `Fetch records 1 to ${records}, keep the open ones of priority 4 or more, and set the status of each kept one to triaged.`;

const isKept = (record: { status: string; priority: number }) => record.status === 'open' && record.priority >= 4;

/** The main() the scripted model writes: every fetch at once, then every update at once. */
function codeModeMain(records: number): string {
  return `async def main(params: str = ${JSON.stringify(task(records))}) -> object:
    """Fetch every record, keep the open ones of priority 4 or more and mark each kept one triaged."""
    import asyncio
    fetched = await asyncio.gather(*(fetch_record(record_id) for record_id in range(1, ${records} + 1)))
    kept = [record for record in fetched if record["status"] == "open" and record["priority"] >= 4]
    updated = await asyncio.gather(*(update_record(record["id"], "triaged") for record in kept))
    return {"fetched": len(fetched), "triaged": [record["id"] for record in updated]}
`;
}

interface ToolUseBlock {
  type: 'tool_use';
  id: string;
  name: string;
  input: { record_id: number };
}

/** The text a tool result carries: a string, or text blocks (as Claude Code passes on an MCP tool's result). */
function resultText(content: unknown): string {
  if (!Array.isArray(content)) return String(content);
  return content.map((block: { text?: unknown }) => (typeof block.text === 'string' ? block.text : '')).join('');
}

function blocks(messages: Message[], role: string): Record<string, unknown>[] {
  return messages.filter((message) => message.role === role && Array.isArray(message.content)).flatMap((message) => message.content as []);
}

/**
 * The model of a tool-calling agent doing the task: each turn, the updates of kept records it has seen, then the
 * next fetches, at most 10 calls; once everything is fetched and updated, it names the triaged records. `prefix`
 * comes before each tool's name (Claude Code names a tool of an MCP server `mcp__<server>__<tool>`).
 */
export function loopScript(records: number, prefix = ''): ModelScript {
  const [fetchRecord, updateRecord] = [`${prefix}fetch_record`, `${prefix}update_record`];
  return (request) => {
    const { messages } = request.body;
    const uses = blocks(messages, 'assistant').filter(
      (block): block is ToolUseBlock & Record<string, unknown> => block.type === 'tool_use',
    );
    const resultOf = new Map(blocks(messages, 'user').map((block) => [block.tool_use_id, block.content]));
    const fetches = uses.filter((use) => use.name === fetchRecord);
    const updated = uses.filter((use) => use.name === updateRecord).map((use) => use.input.record_id);
    const toUpdate = fetches
      .map((use) => JSON.parse(resultText(resultOf.get(use.id))) as { id: number; status: string; priority: number })
      .filter((record) => isKept(record) && !updated.includes(record.id))
      .map((record) => ({ name: updateRecord, input: { record_id: record.id, status: 'triaged' } }));
    const toFetch = Array.from({ length: records - fetches.length }, (_, n) => ({
      name: fetchRecord,
      input: { record_id: fetches.length + n + 1 },
    }));
    const calls = [...toUpdate, ...toFetch].slice(0, PARALLEL_CALLS);
    return calls.length ? { toolUses: calls } : { text: `Triaged records: ${JSON.stringify(updated.sort((a, b) => a - b))}` };
  };
}

export interface Side {
  requests: number;
  bytes: number;
  /** The largest single request: what the model's context must hold at once. */
  largest_request_bytes: number;
  ms: number;
  tool_calls: number;
  triaged: number[];
  /** Code Mode's own phase timings (extraction, Claude Code, verification, execution); null for the loop. */
  phases_ms: PhaseTimings | null;
}

type Traffic = Pick<Side, 'requests' | 'bytes' | 'largest_request_bytes'>;

function trafficOf(fake: FakeAnthropic): Traffic {
  const sizes = fake.messageRequests().map((request) => request.body_bytes);
  return { requests: sizes.length, bytes: sizes.reduce((total, size) => total + size, 0), largest_request_bytes: Math.max(...sizes) };
}

export async function withModel<T>(
  script: ModelScript,
  work: (fake: FakeAnthropic) => Promise<T>,
): Promise<T & Traffic & Pick<Side, 'ms'>> {
  const fake = await startFakeAnthropic(script, { answerDelayMs });
  try {
    const started = performance.now();
    const value = await work(fake);
    return { ...value, ms: performance.now() - started, ...trafficOf(fake) };
  } finally {
    await fake.close();
  }
}

/** The scripted model of Code Mode's side: it writes the program in one request. */
const writesProgram = (records: number) => editRunnerScript([replaceMain(codeModeMain(records))]);

export async function codeMode(records: number): Promise<Side> {
  return withModel(writesProgram(records), async (fake) => {
    const { stdout } = await execa(
      process.execPath,
      [CLI, 'run', '--tools', TOOLS, '--task', task(records), '--json', '--claude-code-path', CLAUDE_PATH],
      { cwd: REPO_ROOT, env: { ...fakeAnthropicEnvironment(fake.url), CLAUDE_CODE_MAX_RETRIES: '0' } },
    );
    const result = JSON.parse(stdout) as CodeModeResult;
    if (!result.success) throw new Error(`Code Mode failed on ${records} records: ${result.error ?? 'no error given'}`);
    return { tool_calls: result.trace.length, triaged: (result.output as { triaged: number[] }).triaged, phases_ms: result.timings };
  });
}

/** The task prompt as sent, from the run's record of its prompts (`prompt.md`: system prompt, task prompt, tool notes). */
function taskPromptIn(record: string): string {
  const heading = '# Task prompt\n\n';
  const at = record.indexOf(heading);
  if (at < 0) throw new Error('The run recorded no task prompt in prompt.md');
  const after = record.slice(at + heading.length);
  const notes = after.indexOf('\n\n# Tool notes\n');
  return notes < 0 ? after.replace(/\n$/, '') : after.slice(0, notes);
}

/**
 * Claude Code alone answering Code Mode's own prompt, as the engine starts it (the same arguments, system prompt
 * and tools), given the prompt at once, with the same scripted answer: spawn to exit. What Code Mode can take at
 * least, whatever the action does around it; the prompt and the runner come from a dry run, not timed.
 */
export async function claudeAlone(records: number): Promise<Side> {
  const { stdout } = await execa(process.execPath, [CLI, 'run', '--tools', TOOLS, '--task', task(records), '--dry-run', '--json'], {
    cwd: REPO_ROOT,
  });
  const workspace = (JSON.parse(stdout) as CodeModeResult).workspace_dir!;
  try {
    const prompt = taskPromptIn(await readFile(path.join(workspace, 'prompt.md'), 'utf8'));
    return await withModel(writesProgram(records), async (fake) => {
      const session = await runClaudeSession({
        claudePath: CLAUDE_PATH,
        cwd: workspace,
        prompt,
        systemPrompt: systemPrompt({ reads: false }),
        tools: sessionTools({ reads: false }),
        maxTurns: 4,
        env: { ...claudeEnvironment(process.env, path.join(workspace, '.claude-config')), ...fakeAnthropicEnvironment(fake.url) },
        timeoutMs: 120_000,
        transcriptPath: path.join(workspace, 'transcript.jsonl'),
      });
      if (session.error) throw new Error(`Claude Code alone failed on ${records} records: ${session.error}`);
      return { tool_calls: 0, triaged: [], phases_ms: null };
    });
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}

/** The records tools as JSON tool definitions, as a plain tool-calling agent is given them. */
export async function recordsDefinitions(): Promise<ToolDefinition[]> {
  const { module } = await extractTools(TOOLS, { repoRoot: REPO_ROOT, env: programEnvironment(process.env) }, { node: process.execPath });
  return toolDefinitions(module);
}

export async function plainLoop(records: number): Promise<Side> {
  const definitions = await recordsDefinitions();
  return withModel(loopScript(records), async (fake) => {
    const run = await runToolLoop(fake.url, TOOLS, definitions, task(records), records);
    const triaged = JSON.parse(run.output.replace('Triaged records: ', '')) as number[];
    return { tool_calls: run.toolCalls, triaged, phases_ms: null };
  });
}

/** How many times each side runs at `records` records. */
export const runsAt = (records: number, options: SuiteOptions) => (records <= SMALL_CHORE_RECORDS && !options.quick ? SMALL_CHORE_RUNS : 1);

/** Runs every side `runs` times, one side after the other in each run; each side's runs in order. */
export async function inTurn<Name extends string>(sides: Record<Name, () => Promise<Side>>, runs: number): Promise<Record<Name, Side[]>> {
  const names = Object.keys(sides) as Name[];
  const done = Object.fromEntries(names.map((name) => [name, [] as Side[]])) as Record<Name, Side[]>;
  for (let run = 0; run < runs; run += 1) for (const name of names) done[name].push(await sides[name]());
  return done;
}

/** The run whose time is the median of a side's runs (the lower middle one of an even count). */
export function medianRun(runs: Side[]): Side {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Each run's time of `side` over the other side's time in the same run. */
export const timeRatios = (side: Side[], other: Side[]) => side.map((run, n) => run.ms / other[n]!.ms);

export const kB = (bytes: number) => (bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`);
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function rowsFor({ records, codemode: code, loop, time_ratios: ratios, claude_alone: claude }: ToolCallsPoint): Row[] {
  const size = records.toLocaleString('en');
  const time = summarize(ratios);
  return [
    ...claudeAloneRows(records, code, loop, claude),
    {
      id: '12',
      what: `bytes sent to the model, ${size} records, Code Mode / plain tool-calling loop`,
      unit: '×',
      figure: summarize([code.bytes / loop.bytes]),
      baseline: `plain loop: ${kB(loop.bytes)} in ${loop.requests} requests, the last ${kB(loop.largest_request_bytes)}`,
      goal: records <= SMALL_CHORE_RECORDS ? '≤ 0.7×' : 'fewer (< 1×)',
      met: records <= SMALL_CHORE_RECORDS ? code.bytes <= 0.7 * loop.bytes : code.bytes < loop.bytes,
      note: `Code Mode: ${kB(code.bytes)} in ${code.requests} requests, the largest ${kB(code.largest_request_bytes)}; ${code.tool_calls} tool calls on each side`,
    },
    {
      id: '13',
      what: `time to result, ${size} records, Code Mode / plain tool-calling loop (modelled latency)`,
      unit: '×',
      figure: time,
      baseline: `plain loop: ${seconds(loop.ms)}`,
      goal: 'faster (< 1×)',
      met: time.median < 1,
      note: `Code Mode: ${seconds(code.ms)}${ratios.length > 1 ? `; the median of ${ratios.length} runs of each side in turn, each against the loop's run beside it (the times shown are each side's median run)` : ''} (${LATENCY_MODEL})`,
    },
  ];
}

/** The floor under Code Mode's time at a small chore's size: Claude Code alone, against the same loop. */
function claudeAloneRows(records: number, code: Side, loop: Side, claude: ToolCallsPoint['claude_alone']): Row[] {
  if (!claude) return [];
  return [
    {
      id: '13',
      what: `time to result, ${records.toLocaleString('en')} records, Claude Code alone writing the same program / plain tool-calling loop (modelled latency)`,
      unit: '×',
      figure: summarize(claude.time_ratios),
      baseline: `plain loop: ${seconds(loop.ms)}`,
      goal: 'none (the floor under Code Mode)',
      met: null,
      note: `Claude Code alone: ${seconds(claude.side.ms)}, given Code Mode's prompt at once, spawn to exit, one request of ${kB(claude.side.bytes)}; Code Mode beyond it (start, extraction, checks, sandbox, the program's run): ${seconds(code.ms - claude.side.ms)}`,
    },
  ];
}

export interface ToolCallsPoint {
  records: number;
  /** Each side's run of median time. */
  codemode: Side;
  loop: Side;
  /** Code Mode's time over the loop's, in each run. */
  time_ratios: number[];
  /** At a small chore's sizes, Claude Code alone answering Code Mode's prompt (claudeAlone), and its time over the loop's. */
  claude_alone: { side: Side; time_ratios: number[] } | null;
}

export async function toolCallsSuite(options: SuiteOptions): Promise<SuiteResult & { points: ToolCallsPoint[] }> {
  const points: ToolCallsPoint[] = [];
  for (const records of options.quick ? QUICK_RECORD_COUNTS : RECORD_COUNTS) {
    const sides = { code: () => codeMode(records), loop: () => plainLoop(records) };
    const count = runsAt(records, options);
    const runs =
      records <= SMALL_CHORE_RECORDS
        ? await inTurn({ ...sides, claude: () => claudeAlone(records) }, count)
        : { ...(await inTurn(sides, count)), claude: [] };
    const [code, loop] = [medianRun(runs.code), medianRun(runs.loop)];
    if (JSON.stringify(code.triaged) !== JSON.stringify(loop.triaged))
      throw new Error(
        `Code Mode triaged ${JSON.stringify(code.triaged)} of ${records} records, the plain loop ${JSON.stringify(loop.triaged)}`,
      );
    options.log(
      `#12/#13 ${records} records: Code Mode ${code.bytes} B in ${code.requests} requests, ${seconds(code.ms)}; plain loop ${loop.bytes} B in ${loop.requests} requests, ${seconds(loop.ms)}`,
    );
    const claude = runs.claude.length > 0 ? { side: medianRun(runs.claude), time_ratios: timeRatios(runs.claude, runs.loop) } : null;
    points.push({ records, codemode: code, loop, time_ratios: timeRatios(runs.code, runs.loop), claude_alone: claude });
  }
  return {
    rows: points.flatMap(rowsFor),
    details: { latency_model: LATENCY_MODEL, parallel_calls: PARALLEL_CALLS, points },
    points,
  };
}
