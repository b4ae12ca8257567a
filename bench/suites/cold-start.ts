/**
 * #11 cold start of dist/index.js on Node 24 to its first log line, for a comment the action ignores (it logs
 * "Nothing to do" as soon as inputs and event are read), against `node -e 0`; and the bundle sizes.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { runnerEnvironment, startFakeGitHub } from '../../testing/fakes/github.js';
import { NODE24_PATH } from '../../testing/node24.js';
import { ACTION_ENTRY, issueCommentPayload, REPO_ROOT } from '../lib/action.js';
import { firstLineMs, processMs, summarize } from '../lib/measure.js';
import type { Row, SuiteOptions, SuiteResult } from '../lib/row.js';

async function bundleSizes(): Promise<Record<string, number>> {
  const dist = path.join(REPO_ROOT, 'dist');
  const sizes: Record<string, number> = {};
  for (const name of (await readdir(dist)).filter((file) => file.endsWith('.js')).sort())
    sizes[name] = (await stat(path.join(dist, name))).size;
  return sizes;
}

/** dist/index.js and the chunks it imports statically: what cold start loads. */
async function startupFiles(): Promise<string[]> {
  const dist = path.join(REPO_ROOT, 'dist');
  const files = ['index.js'];
  for (const file of files) {
    const text = await readFile(path.join(dist, file), 'utf8');
    for (const [, imported] of text.matchAll(/^(?:import|export)\s(?:[^;]*?\sfrom\s)?"\.\/([^"]+)";$/gm)) {
      if (imported && !files.includes(imported)) files.push(imported);
    }
  }
  return files;
}

export async function coldStartSuite(options: SuiteOptions): Promise<SuiteResult> {
  const github = await startFakeGitHub();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'codemode-bench-cold-'));
  try {
    const { env } = await runnerEnvironment({
      github,
      dir,
      event: 'issue_comment',
      payload: issueCommentPayload('Thanks, looks good to me'),
      inputs: { tools: 'examples/weather/tools.py', trigger_phrase: '/codemode', github_token: 'ghs_bench0123456789abcdef' },
    });
    const stepEnv = { PATH: process.env.PATH ?? '', HOME: os.homedir(), ...env };
    await firstLineMs(NODE24_PATH, [ACTION_ENTRY], stepEnv, dir);
    const starts: number[] = [];
    const baselines: number[] = [];
    let line = '';
    for (let run = 0; run < Math.max(options.runs, 3); run += 1) {
      baselines.push(await processMs(NODE24_PATH, ['-e', '0']));
      const first = await firstLineMs(NODE24_PATH, [ACTION_ENTRY], stepEnv, dir);
      starts.push(first.ms);
      line = first.line;
    }
    const baseline = summarize(baselines);
    const overBaseline = summarize(starts.map((ms, index) => ms - baselines[index]!));
    const sizes = await bundleSizes();
    const startup = await startupFiles();
    const startupSize = startup.reduce((total, file) => total + (sizes[file] ?? 0), 0);
    options.log(`#11 first line after ${Math.round(summarize(starts).median)} ms: ${line}`);
    const rows: Row[] = [
      {
        id: '11',
        what: 'cold start of dist/index.js to its first log line, over node -e 0',
        unit: 'ms',
        figure: overBaseline,
        baseline: `node -e 0: ${Math.round(baseline.median)} ms`,
        goal: '≤ 150 ms over the baseline',
        met: overBaseline.median <= 150,
        note: `first line "${line}" after ${Math.round(summarize(starts).median)} ms`,
      },
      {
        id: '11',
        what: 'bundle size of dist/index.js with the chunks it imports at start',
        unit: 'MB',
        figure: summarize([startupSize / 1024 / 1024]),
        baseline: '—',
        goal: '—',
        met: null,
        note: `all of dist/*.js: ${(Object.values(sizes).reduce((a, b) => a + b, 0) / 1024 / 1024).toFixed(1)} MB (the entries, their shared chunks and the lazily loaded ones)`,
      },
    ];
    return { rows, details: { first_line_ms: starts, node_e_0_ms: baselines, bundle_bytes: sizes } };
  } finally {
    await github.close();
    await rm(dir, { recursive: true, force: true });
  }
}
