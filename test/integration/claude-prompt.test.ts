import { describe, expect, it } from 'vitest';
import { MAX_DETAILS_CHARS, repairPrompt, systemPrompt, taskPrompt, truncateMiddle } from '../../src/engine/claude/prompt.js';
import { runnerPathIn } from '../fakes/anthropic.js';

describe('prompts', () => {
  it('keeps the system prompt compact and states the rules', () => {
    const prompt = systemPrompt();
    expect(prompt.length).toBeLessThan(600);
    for (const rule of ['main()', 'codemode:begin', 'codemode:end', 'JSON-serialisable', 'never define functions with their names', 'No network']) {
      expect(prompt).toContain(rule);
    }
  });

  it('names the runner by absolute path and fences the task', () => {
    const prompt = taskPrompt({ runnerPath: '/tmp/ws/agentRunner.ts', language: 'typescript', task: '  Count open issues.\n' });
    expect(prompt).toBe('Implement main() in /tmp/ws/agentRunner.ts (TypeScript) so that it does this task:\n\n<task>\nCount open issues.\n</task>');
    expect(runnerPathIn(prompt)).toBe('/tmp/ws/agentRunner.ts');
  });

  it('passes the error and its details back for a repair', () => {
    const prompt = repairPrompt({ runnerPath: '/tmp/ws/agentRunner.py', attempt: 2, error: 'KeyError: title', details: 'Traceback (most recent call last):\nKeyError: title\n' });
    expect(prompt).toBe(
      'Attempt 2: the previous version of main() failed: KeyError: title\n\n<details>\nTraceback (most recent call last):\nKeyError: title\n</details>\n\nFix main() in /tmp/ws/agentRunner.py so that the task succeeds. The same rules apply.',
    );
    expect(repairPrompt({ runnerPath: '/w/agentRunner.py', attempt: 3, error: 'main() was not implemented', details: null })).toBe(
      'Attempt 3: the previous version of main() failed: main() was not implemented\n\nFix main() in /w/agentRunner.py so that the task succeeds. The same rules apply.',
    );
  });

  it('truncates long details in the middle, keeping the traceback’s end', () => {
    const details = `${'a'.repeat(5000)}${'b'.repeat(5000)}FINAL LINE`;
    const prompt = repairPrompt({ runnerPath: '/w/agentRunner.py', attempt: 2, error: 'boom', details });
    expect(prompt).toContain('FINAL LINE');
    expect(prompt).toContain('… 4010 characters omitted …');
    expect(prompt.length).toBeLessThan(MAX_DETAILS_CHARS + 300);
    expect(truncateMiddle('short', 10)).toBe('short');
    expect(truncateMiddle('0123456789abcdef', 9)).toBe('012\n… 7 characters omitted …\nabcdef');
  });
});
