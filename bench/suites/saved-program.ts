/**
 * #16 a saved program's run of the weather example against a run that asks the model for it (the same scripted
 * model): whole runs of dist/index.js on Node 24 for a `/codemode` comment, against the loopback fakes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { editRunnerScript, type ModelScript, replaceMain } from '../../testing/fakes/anthropic.js';
import { issueCommentPayload, openActionStage, type StepRun } from '../lib/action.js';
import { summarize } from '../lib/measure.js';
import type { SuiteOptions, SuiteResult } from '../lib/row.js';

const WEATHER_TASK = 'Compare weather between San Francisco and New York';
const WEATHER_MAIN = `def main(params: str = "") -> object:
    san_francisco = get_weather("San Francisco")
    new_york = get_weather("New York")
    return {"difference": calculate_temp_diff(san_francisco, new_york)}
`;
const TOOLS = 'examples/weather/tools.py';
const PROGRAM = '.codemode/weather.py';

const noModel: ModelScript = () => {
  throw new Error('a saved program must not reach the model');
};

export async function savedProgramSuite(options: SuiteOptions): Promise<SuiteResult> {
  const stage = await openActionStage();
  try {
    const asking = {
      payload: issueCommentPayload(`/codemode ${WEATHER_TASK}`),
      tools: TOOLS,
      model: editRunnerScript([replaceMain(WEATHER_MAIN)]),
    };
    const first = await stage.run(asking);
    await mkdir(path.join(stage.checkout, '.codemode'));
    await writeFile(path.join(stage.checkout, PROGRAM), first.result.code);
    const saved = { payload: issueCommentPayload(`/codemode ${WEATHER_TASK}`), tools: TOOLS, model: noModel, program: PROGRAM };
    await stage.run(saved);
    const asked: StepRun[] = [];
    const ran: StepRun[] = [];
    for (let run = 0; run < options.runs; run += 1) {
      asked.push(await stage.run(asking));
      ran.push(await stage.run(saved));
      options.log(`#16 run ${run + 1}: saved ${Math.round(ran.at(-1)!.wallMs)} ms, asking ${Math.round(asked.at(-1)!.wallMs)} ms wall`);
    }
    const wall = summarize(ran.map((step) => step.wallMs));
    const askedWall = summarize(asked.map((step) => step.wallMs));
    const bytes = summarize(ran.map((step) => step.modelBytes));
    const askedBytes = summarize(asked.map((step) => step.modelBytes));
    const install = summarize(ran.map((step) => step.result.timings.install_ms));
    const askedInstall = summarize(asked.map((step) => step.result.timings.install_ms));
    const sameOutput = ran.every((step) => JSON.stringify(step.result.output) === JSON.stringify(first.result.output));
    return {
      rows: [
        {
          id: '16',
          what: 'saved program run (weather), wall time',
          unit: 'ms',
          figure: wall,
          baseline: `asking the model: ${Math.round(askedWall.median)} ms, ${(askedBytes.median / 1024).toFixed(1)} kB to the model, Claude Code ready in ${Math.round(askedInstall.median)} ms`,
          goal: 'no model bytes, no install, same output',
          met: bytes.max === 0 && install.max === 0 && ran.every((step) => step.modelRequests === 0) && sameOutput,
          note: `saved: ${bytes.median} model bytes, ${install.median} ms install, output ${sameOutput ? 'the same' : 'different'}; ${(askedWall.median / wall.median).toFixed(1)}× faster than asking the model (warm tool cache)`,
        },
      ],
      details: {
        saved_wall_ms: ran.map((step) => step.wallMs),
        asking_wall_ms: asked.map((step) => step.wallMs),
        saved_model_bytes: ran.map((step) => step.modelBytes),
        asking_model_bytes: asked.map((step) => step.modelBytes),
        saved_timings: ran.map((step) => step.result.timings),
        asking_timings: asked.map((step) => step.result.timings),
      },
    };
  } finally {
    await stage.close();
  }
}
