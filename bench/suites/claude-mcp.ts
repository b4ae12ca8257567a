/**
 * #19 the baseline a workflow author would pick instead of Code Mode: Claude Code itself calling the records tools
 * of #12/#13, served by a small stdio MCP server (bench/lib/records-mcp-server.mjs), with the same scripted decisions as
 * the plain loop (each turn the updates of kept records seen, then the next fetches, at most 10 calls). Beside it, in
 * the same run, Code Mode and the plain tool-calling loop on the same task; the same latency model for all three.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { execa } from 'execa';

import { type FakeAnthropic, fakeAnthropicEnvironment, type MessagesBody } from '../../testing/fakes/anthropic.js';
import { CLAUDE_PATH, REPO_ROOT } from '../lib/action.js';
import { summarize } from '../lib/measure.js';
import type { Row, SuiteOptions, SuiteResult } from '../lib/row.js';
import {
  codeMode,
  inTurn,
  kB,
  LATENCY_MODEL,
  loopScript,
  medianRun,
  plainLoop,
  recordsDefinitions,
  runsAt,
  seconds,
  type Side,
  task,
  timeRatios,
  TOOLS,
  withModel,
} from './tool-calls.js';

const MCP_RECORD_COUNTS = [2, 10, 100] as const;
const SERVER = path.join(REPO_ROOT, 'bench', 'lib', 'records-mcp-server.mjs');
const SERVER_NAME = 'records';
/** How Claude Code names a tool of an MCP server. */
const PREFIX = `mcp__${SERVER_NAME}__`;

/** Claude Code (`--print`, its default system prompt and tools) given the records tools as an MCP server. */
async function claudeOverMcp(records: number): Promise<Side> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'codemode-bench-claude-mcp-'));
  try {
    const definitions = path.join(dir, 'definitions.json');
    await writeFile(definitions, JSON.stringify(await recordsDefinitions()));
    const config = { mcpServers: { [SERVER_NAME]: { command: process.execPath, args: [SERVER, definitions, TOOLS] } } };
    return await withModel(loopScript(records, PREFIX), async (fake) => {
      const { stdout } = await execa(
        CLAUDE_PATH,
        [
          '--print',
          '--mcp-config',
          JSON.stringify(config),
          '--strict-mcp-config',
          '--allowedTools',
          `${PREFIX}fetch_record,${PREFIX}update_record`,
          '--max-turns',
          String(records + 10),
          task(records),
        ],
        {
          cwd: dir,
          env: { ...fakeAnthropicEnvironment(fake.url), CLAUDE_CODE_MAX_RETRIES: '0', CLAUDE_CONFIG_DIR: path.join(dir, '.claude') },
          stdin: 'ignore',
        },
      );
      const answer = /Triaged records: (\[[\d,\s]*\])/.exec(stdout);
      if (!answer) throw new Error(`Claude Code over MCP did not name the triaged records: ${stdout.slice(0, 300)}`);
      const triaged = JSON.parse(answer[1]!) as number[];
      return { tool_calls: toolUses(fake), triaged, phases_ms: null };
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The tool calls the conversation holds, as its last request carries it. */
function toolUses(fake: FakeAnthropic): number {
  const last = fake.messageRequests().at(-1)?.json as MessagesBody | undefined;
  return (last?.messages ?? [])
    .filter((message) => message.role === 'assistant' && Array.isArray(message.content))
    .flatMap((message) => message.content as { type: string }[])
    .filter((block) => block.type === 'tool_use').length;
}

interface McpPoint {
  records: number;
  /** Each side's run of median time. */
  codemode: Side;
  loop: Side;
  claude_mcp: Side;
  /** Code Mode's time over Claude Code's over MCP, in each run. */
  time_ratios: number[];
}

function rowsFor({ records, codemode, loop, claude_mcp: mcp, time_ratios: ratios }: McpPoint): Row[] {
  const size = records.toLocaleString('en');
  const time = summarize(ratios);
  const sides = `Claude Code over MCP: ${kB(mcp.bytes)} in ${mcp.requests} requests (the largest ${kB(mcp.largest_request_bytes)}), ${seconds(mcp.ms)}; plain loop: ${kB(loop.bytes)} in ${loop.requests} requests, ${seconds(loop.ms)}`;
  return [
    {
      id: '19',
      what: `bytes sent to the model, ${size} records, Code Mode / Claude Code calling the tools over MCP`,
      unit: '×',
      figure: summarize([codemode.bytes / mcp.bytes]),
      baseline: sides,
      goal: 'fewer (< 1×)',
      met: codemode.bytes < mcp.bytes,
      note: `Code Mode: ${kB(codemode.bytes)} in ${codemode.requests} requests; ${mcp.tool_calls} tool calls by Claude Code, ${codemode.tool_calls} by Code Mode`,
    },
    {
      id: '19',
      what: `time to result, ${size} records, Code Mode / Claude Code calling the tools over MCP (modelled latency)`,
      unit: '×',
      figure: time,
      baseline: `Claude Code over MCP: ${seconds(mcp.ms)}; plain loop: ${seconds(loop.ms)}`,
      goal: 'faster (< 1×)',
      met: time.median < 1,
      note: `Code Mode: ${seconds(codemode.ms)}${ratios.length > 1 ? `; the median of ${ratios.length} runs of each side in turn, each against Claude Code's run beside it (the times shown are each side's median run)` : ''} (${LATENCY_MODEL})`,
    },
  ];
}

export async function claudeMcpSuite(options: SuiteOptions): Promise<SuiteResult> {
  const points: McpPoint[] = [];
  for (const records of options.quick ? MCP_RECORD_COUNTS.slice(0, 1) : MCP_RECORD_COUNTS) {
    const runs = await inTurn(
      { codemode: () => codeMode(records), loop: () => plainLoop(records), claude_mcp: () => claudeOverMcp(records) },
      runsAt(records, options),
    );
    const point = {
      records,
      codemode: medianRun(runs.codemode),
      loop: medianRun(runs.loop),
      claude_mcp: medianRun(runs.claude_mcp),
      time_ratios: timeRatios(runs.codemode, runs.claude_mcp),
    };
    const triaged = new Set([point.codemode, point.loop, point.claude_mcp].map((side) => JSON.stringify(side.triaged)));
    if (triaged.size !== 1) throw new Error(`Code Mode, the plain loop and Claude Code over MCP triaged different records of ${records}`);
    options.log(
      `#19 ${records} records: Claude Code over MCP ${point.claude_mcp.bytes} B in ${point.claude_mcp.requests} requests, ${seconds(point.claude_mcp.ms)}; Code Mode ${point.codemode.bytes} B, ${seconds(point.codemode.ms)}`,
    );
    points.push(point);
  }
  return { rows: points.flatMap(rowsFor), details: { latency_model: LATENCY_MODEL, points } };
}
