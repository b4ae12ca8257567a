import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { type ClaudeEvent, describeEvent, parseStreamLine, resultError } from '../../src/engine/claude/stream.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/claude');

function eventsOf(fixture: string): ClaudeEvent[] {
  return fs
    .readFileSync(path.join(fixtures, `${fixture}.ndjson`), 'utf8')
    .split('\n')
    .flatMap(parseStreamLine);
}

function progressOf(events: ClaudeEvent[]): string[] {
  return events.map(describeEvent).filter((line): line is string => line !== null);
}

function resultOf(events: ClaudeEvent[]): Extract<ClaudeEvent, { type: 'result' }> {
  const result = events.find((event) => event.type === 'result');
  if (result?.type !== 'result') throw new Error('no result event');
  return result;
}

describe('Claude Code stream-json parsing (lines recorded from the real binary)', () => {
  it('reads a session that reads and writes the runner', () => {
    const events = eventsOf('read-write');
    const init = events[0];
    expect(init).toMatchObject({ type: 'init', model: 'claude-opus-5-5', tools: ['Edit', 'Read', 'Write'] });
    const sessionId = init?.type === 'init' ? init.session_id : '';
    expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(events.flatMap((event) => (event.type === 'tool_use' ? [event.name] : []))).toEqual(['Read', 'Write']);
    expect(events.flatMap((event) => (event.type === 'model_message' ? [event.id] : []))).toEqual([
      'msg_fake_0',
      'msg_fake_1',
      'msg_fake_2',
    ]);
    const result = resultOf(events);
    expect(result).toMatchObject({
      subtype: 'success',
      is_error: false,
      num_turns: 3,
      session_id: sessionId,
      result: 'Implemented main().',
    });
    expect(result.run_cost_usd).toBeCloseTo(0.015, 6);
    expect(resultError(result)).toBeNull();
    expect(progressOf(events)).toEqual([
      'claude: session started (claude-opus-5-5)',
      'claude: Read agentRunner.py',
      'claude: Write agentRunner.py (89 B)',
      'claude: Implemented main().',
      'claude: done in 3 turns, $0.0150',
    ]);
  });

  it('counts only the resumed run’s cost, not the whole session’s', () => {
    const result = resultOf(eventsOf('resumed'));
    expect(result.total_cost_usd).toBeCloseTo(0.03, 6);
    expect(result.run_cost_usd).toBeCloseTo(0.015, 6);
    expect(result.run_usage).toEqual({
      input_tokens: 3000,
      output_tokens: 150,
      cache_read_input_tokens: 0,
      cache_creation_input_tokens: 0,
    });
    expect(result.num_turns).toBe(3);
  });

  it('reports turn-limit exhaustion with the CLI’s message', () => {
    const events = eventsOf('max-turns');
    const result = resultOf(events);
    expect(result).toMatchObject({ subtype: 'error_max_turns', is_error: true });
    expect(resultError(result)).toBe('Reached maximum number of turns (1)');
    expect(progressOf(events).at(-1)).toBe('claude: failed after 2 turns, $0.0050: Reached maximum number of turns (1)');
  });

  it('reports HTTP 500 after the retries', () => {
    const events = eventsOf('api-error-500');
    expect(progressOf(events).slice(1, 3)).toEqual(['claude: API error 500, retry 1/2', 'claude: API error 500, retry 2/2']);
    const result = resultOf(events);
    expect(result).toMatchObject({ is_error: true, api_error_status: 500 });
    expect(resultError(result)).toMatch(/^API Error: 500 Internal server error\. /);
  });

  it('reports an overloaded API (529)', () => {
    const result = resultOf(eventsOf('api-error-529'));
    expect(result).toMatchObject({ is_error: true, api_error_status: 529 });
    expect(resultError(result)).toMatch(/^API Error: Repeated 529 Overloaded errors\. /);
  });

  it('skips blank, malformed and unknown lines', () => {
    expect(parseStreamLine('')).toEqual([]);
    expect(parseStreamLine('not json {')).toEqual([]);
    expect(parseStreamLine('{"type":"stream_event","event":{}}')).toEqual([]);
    expect(parseStreamLine('{"type":"system","subtype":"hook_started"}')).toEqual([]);
    expect(parseStreamLine('{"type":"result","subtype":"success"}')).toEqual([]);
  });

  it('keeps the known blocks of a message and drops unknown ones', () => {
    const line = JSON.stringify({
      type: 'assistant',
      message: {
        content: [
          { type: 'thinking', thinking: '...' },
          { type: 'text', text: 'Plan:\nstep one' },
          { type: 'tool_use', id: 't1', name: 'Edit', input: { file_path: '/w/agentRunner.ts', old_string: 'a', new_string: 'b' } },
        ],
      },
    });
    const events = parseStreamLine(line);
    expect(events).toEqual([
      { type: 'text', text: 'Plan:\nstep one' },
      { type: 'tool_use', id: 't1', name: 'Edit', input: { file_path: '/w/agentRunner.ts', old_string: 'a', new_string: 'b' } },
    ]);
    expect(progressOf(events)).toEqual(['claude: Plan:', 'claude: Edit agentRunner.ts']);
  });

  it('describes writes by size and failed tools by their error', () => {
    expect(
      describeEvent({ type: 'tool_use', id: 't', name: 'Write', input: { file_path: '/w/agentRunner.py', content: 'x'.repeat(2150) } }),
    ).toBe('claude: Write agentRunner.py (2.1 KB)');
    expect(
      describeEvent({
        type: 'tool_result',
        tool_use_id: 't',
        is_error: true,
        text: '<tool_use_error>File has not been read yet.</tool_use_error>',
      }),
    ).toBe('claude: tool error: File has not been read yet.');
    expect(describeEvent({ type: 'tool_result', tool_use_id: 't', is_error: false, text: 'ok' })).toBeNull();
  });
});
