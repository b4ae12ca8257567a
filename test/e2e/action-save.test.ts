import { describe, expect } from 'vitest';

import { editRunnerScript, replaceMain } from '../../testing/fakes/anthropic.js';
import { PERMISSIONS } from '../../testing/fakes/github.js';
import { E2E_MAINS, WEATHER_TASK } from '../fixtures/e2e/mains.js';
import { issueComment, REPOSITORY_NAME } from './events.js';
import { artifactFiles, type Stage, type StepRun, test } from './runner.js';

const TOOLS = 'examples/weather/tools.py';
const COMMENTER = 'Codertocat';
const API = `/repos/${REPOSITORY_NAME}`;

/** `/codemode <task>` that runs successfully on issue #1, in run 100: its report offers the program for saving. */
async function runTask(stage: Stage): Promise<string> {
  stage.github.setPermission(COMMENTER, PERMISSIONS.write);
  const step = await stage.run({
    event: 'issue_comment',
    payload: issueComment(`/codemode ${WEATHER_TASK}`, { id: 1 }),
    inputs: { tools: TOOLS },
    model: editRunnerScript([replaceMain(E2E_MAINS.weather)]),
    runId: '100',
  });
  expect(step.exitCode).toBe(0);
  expect(stage.github.comments[0]!.body).toContain('reply `/codemode save <name>` to open a pull request that adds it as a saved program');
  return (await artifactFiles(step.artifacts[0]!))['agentRunner.py']!;
}

function save(stage: Stage, body: string, id = 2): Promise<StepRun> {
  stage.github.setPermission(COMMENTER, PERMISSIONS.write);
  return stage.run({ event: 'issue_comment', payload: issueComment(body, { id }), inputs: { tools: TOOLS }, runId: '200' });
}

function expectRefused(stage: Stage, step: StepRun, message: string) {
  expect(step.exitCode).toBe(1);
  expect(step.messages('error')).toEqual([message]);
  expect(step.modelRequests).toBe(0);
  expect(stage.github.pulls).toEqual([]);
  expect(stage.github.comments.at(-1)!.body.endsWith(`\n🚫 ${message}`)).toBe(true);
}

describe('/codemode save <name>', () => {
  test('opens a pull request adding exactly the program that ran, with a scheduled workflow in its body', async ({ stage }) => {
    const code = await runTask(stage);
    const step = await save(stage, '/codemode save weather-daily');
    expect(step.messages('error')).toEqual([]);
    expect(step.exitCode).toBe(0);
    expect(step.modelRequests).toBe(0);
    expect(step.artifacts).toEqual([]);
    expect(stage.github.files).toEqual([
      {
        branch: 'codemode/save-weather-daily',
        path: '.codemode/weather-daily.py',
        content: code,
        message: 'Save the Code Mode program .codemode/weather-daily.py',
      },
    ]);
    const [pull] = stage.github.pulls;
    expect(pull).toMatchObject({
      title: 'Save the Code Mode program .codemode/weather-daily.py',
      head: 'codemode/save-weather-daily',
      base: 'main',
    });
    expect(pull!.body).toContain(
      [
        '```yaml',
        'name: Code Mode (weather-daily)',
        'on:',
        '  schedule:',
        "    - cron: '0 7 * * 1-5'",
        'permissions:',
        '  contents: read',
        'jobs:',
        '  codemode:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v5',
        '        with:',
        '          persist-credentials: false',
        '      - uses: codemode-action/codemode-action@v1',
        '        with:',
        `          tools: ${TOOLS}`,
        '          program: .codemode/weather-daily.py',
        '```',
      ].join('\n'),
    );
    expect(pull!.body).toContain('add this workflow as `.github/workflows/codemode-weather-daily.yml`');
    expect(step.outputs.pull_request_url).toBe(pull!.html_url);
    expect(stage.github.comments.at(-1)!.body).toContain(
      `📌 Opened #${pull!.number} to add \`.codemode/weather-daily.py\`: ${pull!.html_url}`,
    );
    expect(step.writes()).toEqual([
      `POST ${API}/issues/comments/2/reactions`,
      `POST ${API}/git/refs`,
      `PUT ${API}/contents/.codemode%2Fweather-daily.py`,
      `POST ${API}/pulls`,
      `POST ${API}/issues/1/comments`,
    ]);
  });

  test.for([
    ['contents: write', 'POST', /\/git\/refs$/],
    ['pull-requests: write', 'POST', /\/pulls$/],
  ] as const)('without %s, says so in one line', async ([permission, method, path], { stage }) => {
    await runTask(stage);
    stage.github.failNext(method, path, 403, 1, { message: 'Resource not accessible by integration' });
    const step = await save(stage, '/codemode save weather');
    expect(step.exitCode).toBe(1);
    expect(step.messages('error')).toEqual([`Cannot save the program: the workflow's token needs ${permission} permission`]);
    expect(stage.github.pulls).toEqual([]);
  });

  test.for([
    ['/codemode save', 'Missing program name: reply /codemode save <name>'],
    [
      '/codemode save ../weather',
      "Invalid program name '../weather': use up to 64 letters, digits, - and _, starting with a letter or digit",
    ],
  ] as const)('%s is refused in one line', async ([body, message], { stage }) => {
    await runTask(stage);
    expectRefused(stage, await save(stage, body), message);
  });

  test('is refused in a thread with no report of a program that ran', async ({ stage }) => {
    expectRefused(
      stage,
      await save(stage, '/codemode save weather'),
      'No program that ran to save in #1: a successful or approved report must come first',
    );
  });
});
