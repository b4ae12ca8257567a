/**
 * #3 first install of the pinned Claude Code: the action's own install (timings.install_ms of a whole run of
 * dist/index.js with an empty tool cache) against a bare `npm install` of the same version, interleaved in
 * alternating order after one warm-up, both with the same warm npm cache. Needs the npm registry.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { CLAUDE_CODE_VERSION } from '../../src/engine/config.js';
import { editRunnerScript, replaceMain } from '../../testing/fakes/anthropic.js';
import { issueCommentPayload, openActionStage } from '../lib/action.js';
import { processMs, summarize } from '../lib/measure.js';
import type { Row, SuiteOptions, SuiteResult } from '../lib/row.js';

const MAIN = 'def main(params: str = "") -> object:\n    return get_weather("Paris")\n';
const SPEC = `@anthropic-ai/claude-code@${CLAUDE_CODE_VERSION}`;

async function bareNpmInstallMs(): Promise<number> {
  const prefix = await mkdtemp(path.join(os.tmpdir(), 'codemode-bench-npm-'));
  try {
    return await processMs('npm', ['install', '--prefix', prefix, SPEC]);
  } finally {
    await rm(prefix, { recursive: true, force: true });
  }
}

export async function installSuite(options: SuiteOptions): Promise<SuiteResult> {
  if (options.quick) {
    const row: Row = {
      id: '3',
      what: 'first install of the pinned Claude Code',
      unit: '×',
      figure: null,
      baseline: `bare npm install ${SPEC}`,
      goal: '≤ 1.2×',
      met: null,
      note: 'skipped in quick mode: needs the npm registry',
    };
    return { rows: [row], details: {} };
  }
  const stage = await openActionStage();
  try {
    const step = {
      payload: issueCommentPayload('/codemode Weather in Paris'),
      tools: 'examples/weather/tools.py',
      model: editRunnerScript([replaceMain(MAIN)]),
      install: true,
    };
    const actionInstall = async () => {
      const started = performance.now();
      return stage.run(step).then(
        (run) => ({ ms: run.result.timings.install_ms, error: null }),
        (error: unknown) => ({ ms: performance.now() - started, error: String(error).split('\n')[0]! }),
      );
    };
    await bareNpmInstallMs();
    const installs: number[] = [];
    const bare: number[] = [];
    for (let run = 0; run < Math.min(options.runs, 3); run += 1) {
      if (run % 2) bare.push(await bareNpmInstallMs());
      const action = await actionInstall();
      if (run % 2 === 0) bare.push(await bareNpmInstallMs());
      options.log(
        `#3 run ${run + 1}: action ${Math.round(action.ms)} ms${action.error ? ` (${action.error})` : ''}, bare npm ${Math.round(bare.at(-1)!)} ms`,
      );
      if (action.error) {
        const row: Row = {
          id: '3',
          what: 'first install of the pinned Claude Code',
          unit: '×',
          figure: summarize([action.ms / bare.at(-1)!]),
          baseline: `bare npm install: ${(bare.at(-1)! / 1000).toFixed(1)} s`,
          goal: '≤ 1.2×',
          met: false,
          note: `the action's run did not finish its install: ${action.error}; figure: time until it was stopped (at least this ratio)`,
        };
        return { rows: [row], details: { action_ms: action.ms, action_error: action.error, bare_npm_ms: bare } };
      }
      installs.push(action.ms);
    }
    const ratio = summarize(installs.map((ms, index) => ms / bare[index]!));
    const row: Row = {
      id: '3',
      what: 'first install of the pinned Claude Code',
      unit: '×',
      figure: ratio,
      baseline: `bare npm install: ${(summarize(bare).median / 1000).toFixed(1)} s`,
      goal: '≤ 1.2×',
      met: ratio.median <= 1.2,
      note: `action's install ${(summarize(installs).median / 1000).toFixed(1)} s (timings.install_ms, empty tool cache, warm npm cache on both sides)`,
    };
    return { rows: [row], details: { install_ms: installs, bare_npm_ms: bare } };
  } finally {
    await stage.close();
  }
}
