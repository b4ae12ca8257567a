import { describe, expect, it } from 'vitest';
import { checkRunnerEdit, diagnosticsFailure } from '../../src/engine/verify.js';
import type { RunnerSource } from '../../src/engine/types.js';

const tools = '# codemode:begin tools\ndef get(x: str) -> str:\n    return _call("get", x)\n# codemode:end tools';
const harness = '# codemode:begin harness\nif __name__ == "__main__":\n    _run()\n# codemode:end harness';
const generated: RunnerSource = {
  file_name: 'agentRunner.py',
  text: `${tools}\n\ndef main():\n    # codemode:todo\n    raise NotImplementedError\n\n${harness}\n`,
  protected_regions: [
    { name: 'tools', text: tools },
    { name: 'harness', text: harness },
  ],
  todo_marker: 'codemode:todo',
};
const implemented = generated.text.replace('    # codemode:todo\n    raise NotImplementedError', '    return get("a")');

describe('checkRunnerEdit', () => {
  it('accepts an implemented main with untouched regions', () => {
    expect(checkRunnerEdit(generated, implemented)).toBeNull();
  });

  it('rejects an unedited runner', () => {
    expect(checkRunnerEdit(generated, generated.text)?.message).toBe(
      'agentRunner.py was not edited: main() is still the generated TODO',
    );
  });

  it('names the first changed line of a tampered tool wrapper', () => {
    const tampered = implemented.replace('return _call("get", x)', 'return "fake"');
    expect(checkRunnerEdit(generated, tampered)?.message).toBe(
      'The protected tools region of agentRunner.py was modified (line 3: expected "return _call(\\"get\\", x)", found "return \\"fake\\"")',
    );
  });

  it('rejects a removed harness end marker', () => {
    const tampered = implemented.replace('# codemode:end harness', '');
    expect(checkRunnerEdit(generated, tampered)?.message).toBe(
      'The protected harness region of agentRunner.py was modified (line 12: expected "# codemode:end harness", found "")',
    );
  });

  it('rejects a duplicated region', () => {
    expect(checkRunnerEdit(generated, `${implemented}\n${tools}\n`)?.message).toBe(
      'The protected tools region of agentRunner.py appears 2 times; it must appear once, unchanged',
    );
  });

  it('rejects a main that still carries the TODO marker', () => {
    const partial = generated.text.replace('raise NotImplementedError', 'return 1');
    expect(checkRunnerEdit(generated, partial)?.message).toBe(
      "main() in agentRunner.py is still the generated TODO (marker 'codemode:todo' present)",
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
});
