import { describe, expect, it } from 'vitest';

import { apiSection } from '../../src/engine/claude/api-section.js';
import { pythonReadableApi } from '../../src/engine/python/api-text.js';
import { PYTHON_WRAPPER_PATTERN, renderPythonRunner } from '../../src/engine/python/render.js';
import { bodyDiagnostics, bodyFileName, joinBody, mainTemplate, runnerBody } from '../../src/engine/run/program-body.js';
import type { ToolSpec } from '../../src/engine/types.js';
import { verifyRunnerEdit } from '../../src/engine/verify.js';

const tool = (name: string, doc: string): ToolSpec => ({
  name,
  params: [{ name: 'city', kind: 'positional_or_keyword', annotation: 'str', default: null, doc: null }],
  returns: 'str',
  doc,
  async: false,
  note: null,
  untyped: [],
});

function runner(tools: ToolSpec[]) {
  const module = {
    language: 'python' as const,
    path: '/repo/tools.py',
    relative_path: 'tools.py',
    tools,
    declarations: [],
    data: { bindings: [], type_imports: [], exceptions: [], context_tools: [] },
  };
  return renderPythonRunner(module as never, 'Tell the weather');
}

describe('the program body the model writes', () => {
  const generated = runner([tool('get_weather', 'The weather of a city.\nIn words.')]);
  const body = 'def main(params: str = "") -> object:\n    return get_weather("Paris")\n';

  it('takes the place of the generated main() between the regions, which stay byte for byte', () => {
    expect(bodyFileName(generated)).toBe('main.py');
    expect(runnerBody(generated)).toMatch(/^def main\(params: str = "Tell the weather"\) -> object:\n[\s\S]*codemode:todo/);
    const joined = joinBody(generated, `\n\n${body}\n\n`);
    expect(joined).toContain(`# codemode:end tools\n\n\n${body}\n\n# codemode:begin harness`);
    expect(verifyRunnerEdit(generated, joined)).toHaveProperty('regions');
    expect(runnerBody({ ...generated, text: joined })).toBe(body.trim());
  });

  it('cannot smuggle a second copy of a region past verification', () => {
    const copy = generated.protected_regions[0]!.text;
    const joined = joinBody(generated, `${copy}\n\n${body}`);
    const verified = verifyRunnerEdit(generated, joined);
    expect(verified).toEqual({
      failure: expect.objectContaining({
        message: 'The protected tools region of agentRunner.py appears 2 times; it must appear once, unchanged',
      }) as unknown,
    });
  });

  it('names the lines of the body in diagnostics, and says so of a generated line', () => {
    const joined = joinBody(generated, body);
    const line = joined.split('\n').indexOf('    return get_weather("Paris")') + 1;
    const diagnostics = bodyDiagnostics(generated, body, [
      { line, message: `agentRunner.py:${line}:5 - error: bad` },
      { line: 2, message: 'generated' },
      { line: null, message: 'anywhere' },
    ]);
    expect(diagnostics).toEqual([
      { line: 2, message: 'main.py:2:5 - error: bad' },
      { line: null, message: 'agentRunner.py, generated line 2: generated' },
      { line: null, message: 'anywhere' },
    ]);
  });
});

describe('the API the prompt shows', () => {
  const source = { runnerPath: '/ws/agentRunner.py', wrapperPattern: PYTHON_WRAPPER_PATTERN, readableApi: pythonReadableApi };

  it('shows the tools region without its plumbing when it is small, and offers no Read', () => {
    const generated = runner([tool('get_weather', 'The weather of a city.')]);
    const api = apiSection({ ...source, runner: generated, tools: [] });
    expect(api.reads).toBe(false);
    expect(api.text).toBe(
      [
        'What the runner defines before the file:',
        '<api>',
        'def get_weather(city: str) -> str:',
        '    """The weather of a city."""',
        '</api>',
      ].join('\n'),
    );
  });

  it('shows the signature of the generated main(), and a saved program whole', () => {
    const generated = runner([tool('get_weather', 'The weather of a city.')]);
    expect(mainTemplate(generated)).toBe('def main(params: str = "Tell the weather") -> object:');
    const program = 'def main(params: str = "") -> object:\n    return helper()\n\n\ndef helper() -> int:\n    return 1';
    expect(mainTemplate({ ...generated, text: joinBody(generated, program) })).toBe(program);
  });

  it('shows an index with the runner lines of each tool when the region is larger than the limit', () => {
    const wind = tool('get_wind', 'The wind. In knots.');
    wind.params.push({ name: 'units', kind: 'keyword_only', annotation: 'str', default: "'kn'", doc: null });
    const tools = [tool('get_weather', 'The weather of a city.\nIn words.'), wind];
    const generated = runner(tools);
    const api = apiSection({ ...source, runner: generated, tools }, 10);
    expect(api.reads).toBe(true);
    const lines = generated.text.split('\n');
    const first = lines.indexOf("def get_wind(city: str, *, units: str = 'kn') -> str:") + 1;
    expect(lines[first + 1]).toMatch(/^ {4}return _codemode_call\("get_wind"/);
    expect(api.text).toContain(`\nget_wind(city: str, units?: str) -> str ${first}-${first + 2}: The wind.\n`);
    expect(api.text).toMatch(/^get_weather\(city: str\) -> str \d+-\d+: The weather of a city\.$/m);
    expect(api.text).toContain('/ws/agentRunner.py');
    expect(api.text).not.toContain('In words.');
  });
});
