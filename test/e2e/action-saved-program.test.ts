import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect } from 'vitest';

import { codemode } from '../../src/engine/codemode.js';
import { editRunnerScript, replaceMain } from '../../testing/fakes/anthropic.js';
import { E2E_MAINS, WEATHER_OUTPUT, WEATHER_TASK } from '../fixtures/e2e/mains.js';
import { schedule } from './events.js';
import { artifactFiles, type Stage, test } from './runner.js';

const TOOLS = 'examples/weather/tools.py';
const PROGRAM = '.codemode/weather.py';

/** Commits to the checkout the weather program as the model wrote it for today's tools. */
async function commitSavedProgram(stage: Stage): Promise<string> {
  const generated = await codemode({ tools: TOOLS, task: WEATHER_TASK, dryRun: true, config: { repo_root: stage.workspace } });
  const program = replaceMain(E2E_MAINS.weather)(generated.code);
  await mkdir(path.join(stage.workspace, '.codemode'));
  await writeFile(path.join(stage.workspace, PROGRAM), program);
  return program;
}

/** The scheduled workflow of examples/workflows/codemode-saved-program.yml: no task, no model credentials, no Claude Code path. */
const scheduledStep = (stage: Stage) =>
  stage.run({
    event: 'schedule',
    payload: schedule(),
    inputs: { tools: TOOLS, program: PROGRAM, anthropic_api_key: '' },
    installClaudeCode: true,
  });

describe('the built action with a saved program', () => {
  test('a scheduled run executes the saved program: success, no model request, no Claude Code install', async ({ stage }) => {
    const program = await commitSavedProgram(stage);
    const step = await scheduledStep(stage);
    expect(step.messages('error')).toEqual([]);
    expect(step.exitCode).toBe(0);
    expect(step.modelRequests).toBe(0);
    expect(await readdir(stage.toolCache)).toEqual([]);
    expect(step.stdout).not.toContain('Claude Code');
    expect(step.outputs).toMatchObject({ success: 'true', result: JSON.stringify(WEATHER_OUTPUT), turns: '0', cost_usd: '0' });
    expect(step.summary).toContain(`### ✅ Code Mode ran the saved program \`${PROGRAM}\`, with no model request`);
    expect(step.summary).toContain(`> Run the saved program ${PROGRAM}`);
    expect(step.summary).toContain(`<details><summary>Saved program (<code>${PROGRAM}</code>)</summary>`);
    expect(step.summary).toContain('| 3 | calculate_temp_diff |');
    const [artifact] = step.artifacts;
    const files = await artifactFiles(artifact!);
    expect(files['agentRunner.py']).toBe(program);
    expect(JSON.parse(files['result.json']!)).toMatchObject({ program: PROGRAM, drift: null, turns: 0 });
    expect(step.writes()).toEqual([]);
  });

  test("a scheduled run fails with the signature diff once a tool's signature changed, and runs nothing", async ({ stage }) => {
    await commitSavedProgram(stage);
    const tools = path.join(stage.workspace, TOOLS);
    await writeFile(
      tools,
      (await readFile(tools, 'utf8')).replace('def get_weather(city: str) -> str:', 'def get_weather(city: str, units: str = "F") -> str:'),
    );
    const step = await scheduledStep(stage);
    const error = `The saved program ${PROGRAM} no longer matches the tools in ${TOOLS}: the signature of get_weather differs`;
    expect(step.exitCode).toBe(1);
    expect(step.messages('error')).toEqual([`Code Mode failed in verify: ${error}`]);
    expect(step.outputs).toMatchObject({ success: 'false', error });
    expect(step.modelRequests).toBe(0);
    expect(await readdir(stage.toolCache)).toEqual([]);
    expect(step.summary).toContain(
      [
        '#### Signature diff',
        '',
        'The program did not run. Regenerate it for the tools as they are now.',
        '',
        '```diff',
        `--- ${PROGRAM} (saved)`,
        `+++ ${TOOLS} (generated today)`,
        '@@ get_weather @@',
        '-def get_weather(city: str) -> str:',
      ].join('\n'),
    );
    expect(step.summary).toContain('+def get_weather(city: str, units: str = "F") -> str:');
    expect(step.summary).not.toContain('#### Tool calls');
    expect(step.stdout).not.toContain('Running agentRunner.py');
  });
});

describe('the built action with on_drift: propose', () => {
  test('a drifted saved program is ported by Claude Code in a pull request, not run, and the step fails with its link', async ({
    stage,
  }) => {
    const saved = await commitSavedProgram(stage);
    stage.github.files.push({ branch: 'main', path: PROGRAM, content: saved, message: 'Save the weather program' });
    const tools = path.join(stage.workspace, TOOLS);
    await writeFile(
      tools,
      (await readFile(tools, 'utf8')).replace('def get_weather(city: str) -> str:', 'def get_weather(city: str, units: str) -> str:'),
    );
    const ported = E2E_MAINS.weather
      .replaceAll('get_weather("San Francisco")', 'get_weather("San Francisco", "F")')
      .replaceAll('get_weather("New York")', 'get_weather("New York", "F")');
    const step = await stage.run({
      event: 'schedule',
      payload: schedule(),
      inputs: { tools: TOOLS, program: PROGRAM, on_drift: 'propose' },
      model: editRunnerScript([replaceMain(ported)]),
    });
    const [pull] = stage.github.pulls;
    expect(pull).toMatchObject({
      head: 'codemode/port-weather',
      base: 'main',
      title: `Port the Code Mode program ${PROGRAM} to the current tools`,
    });
    expect(pull!.body).toContain('+def get_weather(city: str, units: str) -> str:');
    const file = stage.github.files.at(-1)!;
    expect(file).toMatchObject({ branch: 'codemode/port-weather', path: PROGRAM });
    expect(file.content).toContain('get_weather("New York", "F")');
    expect(file.content).toContain('def get_weather(city: str, units: str) -> str:');
    const error = `The saved program ${PROGRAM} no longer matches the tools in ${TOOLS}: the signature of get_weather differs; proposed a port to today's tools`;
    expect(step.exitCode).toBe(1);
    expect(step.messages('error')).toEqual([`Code Mode failed in verify: ${error}: ${pull!.html_url}`]);
    expect(step.modelRequests).toBeGreaterThan(0);
    expect(step.stdout).not.toContain('Running agentRunner.py');
    expect(step.summary).toContain(`A port to the tools as they are now, verified but not run, is proposed in ${pull!.html_url}.`);
  });
});
