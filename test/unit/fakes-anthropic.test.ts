import { afterEach, describe, expect, it } from 'vitest';

import {
  anthropicErrorBody,
  type FakeAnthropic,
  type MessagesBody,
  modelRequest,
  replaceMain,
  runnerPathIn,
  startFakeAnthropic,
} from '../../testing/fakes/anthropic.js';

const PYTHON_RUNNER = [
  '"""Runner."""',
  '# codemode:begin tools (generated, do not edit)',
  'def search(q: str) -> list: ...',
  '# codemode:end tools',
  '',
  '',
  'def main(params: str = "task") -> object:',
  '    # codemode:todo: replace this body with the implementation.',
  '    raise NotImplementedError("main() is not implemented yet")',
  '',
  '',
  '# codemode:begin harness (generated, do not edit)',
  'if __name__ == "__main__":',
  '    _codemode_run(main)',
  '# codemode:end harness',
  '',
].join('\n');

const TS_RUNNER = [
  '// codemode:begin tools (generated, do not edit)',
  'export async function search(q: string): Promise<string[]> { return []; }',
  '// codemode:end tools',
  '',
  'export async function main(params: string): Promise<unknown> {',
  '  // codemode:todo',
  '  throw new Error("main() is not implemented yet");',
  '}',
  '',
  '// codemode:begin harness (generated, do not edit)',
  'run(main);',
  '// codemode:end harness',
  '',
].join('\n');

let fake: FakeAnthropic | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

describe('replaceMain', () => {
  it('replaces a Python main up to the harness and keeps everything else', () => {
    const edited = replaceMain('def main(params: str = "task") -> object:\n    return search(params)\n')(PYTHON_RUNNER);
    expect(edited).toBe(
      PYTHON_RUNNER.replace(
        /def main[\s\S]*?(?=# codemode:begin harness)/,
        'def main(params: str = "task") -> object:\n    return search(params)\n\n',
      ),
    );
    expect(edited).toContain('# codemode:begin tools (generated, do not edit)\ndef search(q: str) -> list: ...\n# codemode:end tools');
  });

  it('replaces a TypeScript main', () => {
    const edited = replaceMain('export async function main(params: string): Promise<unknown> {\n  return search(params);\n}')(TS_RUNNER);
    expect(edited).toContain(
      'export async function main(params: string): Promise<unknown> {\n  return search(params);\n}\n\n// codemode:begin harness',
    );
    expect(edited).not.toContain('not implemented yet');
  });

  it('refuses a text without main or harness', () => {
    expect(() => replaceMain('def main(): pass')('print(1)\n')).toThrow('the runner has no main definition or no harness begin marker');
  });
});

describe('model requests', () => {
  const body: MessagesBody = {
    model: 'claude-opus-5-5',
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: '<system-reminder>context</system-reminder>' },
          { type: 'text', text: 'Implement main() in /w/agentRunner.ts (TypeScript).' },
        ],
      },
      { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'Read', input: { file_path: '/w/agentRunner.ts' } }] },
      {
        role: 'user',
        content: [{ type: 'tool_result', tool_use_id: 't1', content: [{ type: 'text', text: '1\texport async function main' }] }],
      },
      { role: 'assistant', content: [{ type: 'text', text: 'Done.' }] },
      { role: 'user', content: 'Attempt 2: the previous version of main() failed: TypeError' },
      { role: 'assistant', content: [{ type: 'tool_use', id: 't2', name: 'Read', input: {} }] },
    ],
  };

  it('counts real prompts, turns since the newest one, and finds the last tool result', () => {
    const request = modelRequest(0, body);
    expect(request.userPromptCount()).toBe(2);
    expect(request.firstUserText()).toBe('Implement main() in /w/agentRunner.ts (TypeScript).');
    expect(request.turnsSinceLastPrompt()).toBe(1);
    expect(request.lastToolResultText()).toBe('1\texport async function main');
  });

  it('finds the runner path in a prompt', () => {
    expect(runnerPathIn('Implement main() in /tmp/ws/agentRunner.py (Python) so that')).toBe('/tmp/ws/agentRunner.py');
    expect(runnerPathIn('Fix main() in /tmp/ws/agentRunner.ts.')).toBe('/tmp/ws/agentRunner.ts');
    expect(() => runnerPathIn('no path here')).toThrow('the prompt names no agentRunner.py or agentRunner.ts');
  });
});

describe('startFakeAnthropic over HTTP', () => {
  const post = (path: string, body: unknown) =>
    fetch(`${fake!.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'test-key' },
      body: JSON.stringify(body),
    });

  it('answers non-streaming requests with a JSON message and records them without credentials', async () => {
    fake = await startFakeAnthropic(() => ({ text: 'hi', toolUses: [{ name: 'Read', input: { file_path: '/a' } }] }));
    const response = await post('/v1/messages', { model: 'm', messages: [{ role: 'user', content: 'x' }] });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      role: 'assistant',
      stop_reason: 'tool_use',
      content: [
        { type: 'text', text: 'hi' },
        { type: 'tool_use', name: 'Read', input: { file_path: '/a' } },
      ],
      usage: { input_tokens: 1000, output_tokens: 50 },
    });
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/v1/messages', json: { model: 'm' } });
    expect(fake.requests[0]!.headers['x-api-key']).toBeUndefined();
  });

  it('streams server-sent events for text and tool use', async () => {
    fake = await startFakeAnthropic(() => ({ toolUses: [{ name: 'Write', input: { file_path: '/a', content: 'x' } }] }));
    const response = await post('/v1/messages', { model: 'm', stream: true, messages: [{ role: 'user', content: 'x' }] });
    const events = (await response.text())
      .split('\n')
      .filter((line) => line.startsWith('event: '))
      .map((line) => line.slice(7));
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(events).toEqual([
      'message_start',
      'content_block_start',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
  });

  it('answers scripted HTTP errors with Anthropic’s error body, count_tokens, and 404 elsewhere', async () => {
    fake = await startFakeAnthropic(() => ({ status: 529 }));
    const overloaded = await post('/v1/messages', { model: 'm', messages: [] });
    expect(overloaded.status).toBe(529);
    expect(await overloaded.json()).toEqual(anthropicErrorBody(529));
    expect(anthropicErrorBody(529)).toEqual({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
    expect((await post('/v1/messages/count_tokens', { messages: [] })).status).toBe(200);
    expect((await fetch(`${fake.url}/api/hello`)).status).toBe(404);
    expect(fake.requests.map((request) => request.path)).toEqual(['/v1/messages', '/v1/messages/count_tokens', '/api/hello']);
    expect(fake.messageRequests()).toHaveLength(1);
  });
});
