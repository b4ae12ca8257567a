import { describe, expect, it } from 'vitest';

import type { RunnerSource } from '../../src/engine/types.js';
import { DIAGNOSTICS_SHOWN, diagnosticsFailure, locateProtectedRegions, modelLines, verifyRunnerEdit } from '../../src/engine/verify.js';

const tools = '# codemode:begin tools\ndef get(x: str) -> str:\n    return _call("get", x)\n# codemode:end tools';
const harness = '# codemode:begin harness\nif __name__ == "__main__":\n    _run()\n# codemode:end harness';
const text = `${tools}\n\ndef main():\n    # codemode:todo\n    raise NotImplementedError\n\n${harness}\n`;
const generated: RunnerSource = {
  file_name: 'agentRunner.py',
  text,
  protected_regions: [
    { name: 'tools', text: tools, start: 0 },
    { name: 'harness', text: harness, start: text.indexOf(harness) },
  ],
  todo_marker: 'codemode:todo',
};
const implemented = generated.text.replace('    # codemode:todo\n    raise NotImplementedError', '    return get("a")');

/** Why the edit must not run, or null when it may. */
function editFailure(generated: RunnerSource, edited: string) {
  const verified = verifyRunnerEdit(generated, edited);
  return 'failure' in verified ? verified.failure : null;
}

describe('verifyRunnerEdit', () => {
  it('accepts an implemented main with untouched regions', () => {
    expect(editFailure(generated, implemented)).toBeNull();
  });

  it('rejects an unedited runner', () => {
    expect(editFailure(generated, generated.text)?.message).toBe('agentRunner.py was not edited: main() is still the generated TODO');
  });

  it('names the first changed line of a tampered tool wrapper', () => {
    const tampered = implemented.replace('return _call("get", x)', 'return "fake"');
    expect(editFailure(generated, tampered)?.message).toBe(
      'The protected tools region of agentRunner.py was modified (line 3: expected "return _call(\\"get\\", x)", found "return \\"fake\\"")',
    );
  });

  it('rejects a removed harness end marker', () => {
    const tampered = implemented.replace('# codemode:end harness', '');
    expect(editFailure(generated, tampered)?.message).toBe(
      'The protected harness region of agentRunner.py was modified (line 12: expected "# codemode:end harness", found "")',
    );
  });

  it('rejects a duplicated region', () => {
    expect(editFailure(generated, `${implemented}\n${tools}\n`)?.message).toBe(
      'The protected tools region of agentRunner.py appears 2 times; it must appear once, unchanged',
    );
  });

  it('rejects a main that still carries the TODO marker', () => {
    const partial = generated.text.replace('raise NotImplementedError', 'return 1');
    expect(editFailure(generated, partial)?.message).toBe(
      "main() in agentRunner.py is still the generated TODO (marker 'codemode:todo' present)",
    );
  });
});

describe('the lines the model wrote', () => {
  it('are the stretches outside the regions, with their first line in the runner, blank lines at their ends left out', () => {
    const helper = implemented.replace('\n\ndef main():', '\n\n\ndef helper() -> str:\n    return "b"\n\n\ndef main():');
    expect(modelLines(generated, helper)).toEqual([
      { first_line: 7, text: 'def helper() -> str:\n    return "b"\n\n\ndef main():\n    return get("a")' },
    ]);
    expect(helper.split('\n')[6]).toBe('def helper() -> str:');
  });

  it('leave out the generated lines the model kept, but not the first line of main()', () => {
    const header = '"""Implement main()."""\nimport json\n';
    const withHeader: RunnerSource = {
      ...generated,
      text: header + generated.text,
      protected_regions: generated.protected_regions.map((region) => ({ ...region, start: region.start + header.length })),
    };
    expect(modelLines(withHeader, header + implemented)).toEqual([{ first_line: 8, text: 'def main():\n    return get("a")' }]);
  });

  it('are none when the regions cannot be located', () => {
    expect(modelLines(generated, implemented.replace('# codemode:end harness', ''))).toEqual([]);
  });
});

describe('locating the protected regions by position', () => {
  it('gives each region its offset and lines in the edited file', () => {
    const edited = implemented.replace('def main():', '"""Helpers."""\r\n\ndef helper():\n    return 1\n\n\ndef main():');
    expect(verifyRunnerEdit(generated, edited)).toEqual({
      regions: [
        { name: 'tools', text: tools, start: 0, first_line: 1, last_line: 4 },
        { name: 'harness', text: harness, start: edited.indexOf(harness), first_line: 15, last_line: 18 },
      ],
    });
  });

  it('treats a marker-looking comment outside the regions as ordinary text', () => {
    const fake = '# codemode:begin harness\nimport tools\n# codemode:end harness\n\n';
    const edited = implemented.replace('def main():', `${fake}def main():`);
    const located = locateProtectedRegions(generated, edited);
    expect(located).toEqual({
      regions: [
        { name: 'tools', text: tools, start: 0, first_line: 1, last_line: 4 },
        { name: 'harness', text: harness, start: edited.lastIndexOf(harness), first_line: 13, last_line: 16 },
      ],
    });
  });

  it('rejects regions out of their generated order', () => {
    const swapped = `${harness}\n\ndef main():\n    return get("a")\n\n${tools}\n`;
    expect(editFailure(generated, swapped)?.message).toBe(
      'The protected harness region of agentRunner.py was moved; it must come after the tools region, as generated',
    );
  });

  it('rejects a region that shares a line with other code', () => {
    expect(editFailure(generated, implemented.replace(harness, `get = print; ${harness}`))?.message).toBe(
      'The protected harness region of agentRunner.py does not stand on lines of its own',
    );
    expect(editFailure(generated, implemented.replace(`${tools}\n`, `${tools}  # and more\n`))?.message).toBe(
      'The protected tools region of agentRunner.py does not stand on lines of its own',
    );
  });

  it('names the changed line of the real region even after a copy of its first marker', () => {
    const tampered = implemented
      .replace('def main():', '# codemode:begin harness\n\ndef main():')
      .replace('    _run()\n# codemode:end harness', '    pass\n# codemode:end harness');
    expect(editFailure(generated, tampered)?.message).toBe(
      'The protected harness region of agentRunner.py was modified (line 13: expected "_run()", found "pass")',
    );
  });
});

describe('diagnosticsFailure', () => {
  it('summarises the first diagnostic and counts the rest', () => {
    const failure = diagnosticsFailure('agentRunner.py', [
      { line: 7, message: 'invalid syntax' },
      { line: 9, message: "redefines tool 'get'" },
    ]);
    expect(failure.message).toBe('agentRunner.py does not compile: line 7: invalid syntax (and 1 more)');
    expect(failure.details).toBe("line 7: invalid syntax\nline 9: redefines tool 'get'");
  });

  it('names the first root cause the checker marks, and lists the diagnostics in order up to the cap with the count', () => {
    const consequences = Array.from({ length: DIAGNOSTICS_SHOWN + 4 }, (_, index) => ({
      line: index + 1,
      message: `consequence ${index}`,
    }));
    const diagnostics = [
      ...consequences.slice(0, 2),
      { line: 40, message: "Cannot find name 'x'", root_cause: true },
      ...consequences.slice(2),
    ];
    const failure = diagnosticsFailure('agentRunner.ts', diagnostics);
    expect(failure.message).toBe(`agentRunner.ts does not compile: line 40: Cannot find name 'x' (and ${DIAGNOSTICS_SHOWN + 4} more)`);
    const lines = failure.details.split('\n');
    expect(lines.slice(0, 3)).toEqual(['line 1: consequence 0', 'line 2: consequence 1', "line 40: Cannot find name 'x'"]);
    expect(lines).toHaveLength(DIAGNOSTICS_SHOWN + 1);
    expect(lines.at(-1)).toBe(`(5 more diagnostics not shown, ${DIAGNOSTICS_SHOWN + 5} in all)`);
  });
});
