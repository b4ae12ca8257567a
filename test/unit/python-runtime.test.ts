// The Python runtime on its own, with real python3: small programs import it and call its entry points.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';

const RUNTIME_FOLDER = fileURLToPath(new URL('../../src/engine/python/runtime/', import.meta.url));

interface Report {
  ok: boolean;
  output: unknown;
  output_note: string | null;
  error: { type: string; message: string; traceback: string } | null;
  trace: { tool: string; args: unknown; ok: boolean; result?: unknown; error?: string; start_ms: number; duration_ms: number }[];
}

const PRELUDE = `from _codemode_runtime import _codemode_call, _codemode_run


def echo(value):
    return value


def fail(message):
    raise ValueError(message)


def traced(function, *positional, **keywords):
    return _codemode_call(function.__name__, function, ("value",), positional, keywords)

`;

/** Runs `body` (which defines main()) after the prelude, the way a runner runs: main() through _codemode_run. */
async function run(body: string): Promise<{ exitCode: number | undefined; stderr: string; report: Report }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'codemode-python-runtime-'));
  const program = path.join(folder, 'program.py');
  await writeFile(program, `${PRELUDE}${body}\n\n_codemode_run(main)\n`);
  const resultPath = path.join(folder, 'result.json');
  const result = await execa('python3', ['-X', 'utf8', '-B', program], {
    env: { PYTHONPATH: RUNTIME_FOLDER, CODEMODE_RESULT_PATH: resultPath },
    reject: false,
  });
  return { exitCode: result.exitCode, stderr: result.stderr, report: JSON.parse(await readFile(resultPath, 'utf8')) as Report };
}

/** The output of main() returning `expression`, and the preview of the same value as a traced call's result. */
async function convert(expression: string, imports = ''): Promise<{ output: unknown; note: string | null; preview: unknown }> {
  const { report } = await run(`${imports}\n\ndef main():\n    value = ${expression}\n    return traced(echo, value)\n`);
  return { output: report.output, note: report.output_note, preview: report.trace[0]!.result };
}

describe('the Python runtime', () => {
  it('traces a call with its named arguments, result and timings, and reports the output', async () => {
    const { exitCode, report } = await run('def main():\n    return {"echoed": traced(echo, "hello")}\n');
    expect(exitCode).toBe(0);
    expect(report).toMatchObject({ ok: true, output: { echoed: 'hello' }, output_note: null, error: null });
    expect(report.trace).toHaveLength(1);
    expect(report.trace[0]).toMatchObject({ tool: 'echo', args: { value: 'hello' }, ok: true, result: 'hello' });
    expect(report.trace[0]!.start_ms).toBeGreaterThanOrEqual(0);
    expect(report.trace[0]!.duration_ms).toBeGreaterThanOrEqual(0);
  });

  it('records a failed call, and reports the error with a traceback that leaves out the runtime', async () => {
    const { exitCode, report, stderr } = await run('def main():\n    return traced(fail, "no such city")\n');
    expect(exitCode).toBe(1);
    expect(report).toMatchObject({ ok: false, output: null, output_note: null, error: { type: 'ValueError', message: 'no such city' } });
    expect(report.trace).toMatchObject([{ tool: 'fail', args: { value: 'no such city' }, ok: false, error: 'ValueError: no such city' }]);
    expect(report.trace[0]).not.toHaveProperty('result');
    expect(report.error!.traceback).toContain('raise ValueError(message)');
    expect(report.error!.traceback).not.toContain('_codemode_runtime.py');
    expect(stderr).toContain('ValueError: no such city');
  });

  it('keeps tracing after a failed call that main() recovers from', async () => {
    const body = 'def main():\n    try:\n        traced(fail, "first")\n    except ValueError as error:\n        return traced(echo, error)\n';
    const { report } = await run(body);
    expect(report.output).toEqual({ type: 'ValueError', message: 'first' });
    expect(report.trace.map((entry) => [entry.tool, entry.ok])).toEqual([
      ['fail', false],
      ['echo', true],
    ]);
  });

  it('runs an async main()', async () => {
    const body = 'async def main():\n    import asyncio\n    await asyncio.sleep(0)\n    return traced(echo, [1, 2])\n';
    expect((await run(body)).report).toMatchObject({ ok: true, output: [1, 2] });
  });

  it('serialises dataclasses, dates, bytes, sets, decimals, enums and errors', async () => {
    const imports = 'import dataclasses, datetime, decimal, enum, uuid, pathlib\nfrom collections import namedtuple';
    const expression = `(lambda Point, Colour, Pair: {
        "point": Point(1, [2, 3]),
        "pair": Pair(1, 2),
        "when": datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.timezone.utc),
        "when_ms": datetime.datetime(2024, 5, 1, 12, 30, 0, 250000, tzinfo=datetime.timezone.utc),
        "when_us": datetime.datetime(2024, 5, 1, 12, 30, 0, 250001),
        "when_paris": datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=2))),
        "day": datetime.date(2024, 5, 1),
        "text_bytes": "héllo".encode(),
        "raw_bytes": bytearray(b"\\xff\\x00"),
        "set": {3, 1, 2},
        "frozen": frozenset({"b", "a"}),
        "amount": decimal.Decimal("12.50"),
        "colour": Colour.RED,
        "id": uuid.UUID("12345678-1234-5678-1234-567812345678"),
        "path": pathlib.PurePosixPath("/tmp/x"),
        "error": KeyError("missing"),
    })(dataclasses.make_dataclass("Point", ["x", "y"]), enum.Enum("Colour", {"RED": "red"}), namedtuple("Pair", "left right"))`;
    const { output, note, preview } = await convert(expression, imports);
    const expected = {
      point: { x: 1, y: [2, 3] },
      pair: { left: 1, right: 2 },
      when: '2024-05-01T12:30:00Z',
      when_ms: '2024-05-01T12:30:00.250Z',
      when_us: '2024-05-01T12:30:00.250001',
      when_paris: '2024-05-01T12:30:00+02:00',
      day: '2024-05-01',
      text_bytes: 'héllo',
      raw_bytes: '/wA=',
      set: [1, 2, 3],
      frozen: ['a', 'b'],
      amount: '12.50',
      colour: 'red',
      id: '12345678-1234-5678-1234-567812345678',
      path: '/tmp/x',
      error: { type: 'KeyError', message: "'missing'" },
    };
    expect(output).toEqual(expected);
    expect(preview).toEqual(expected);
    expect(note).toBe('output.raw_bytes holds bytes that are not UTF-8; shown base64-encoded');
  });

  it('shows non-finite numbers and opaque objects as text, and notes at most three conversions', async () => {
    const expression = '[float("nan"), float("inf"), float("-inf"), object, len]';
    const { output, note } = await convert(expression);
    expect(output).toEqual(['NaN', 'Infinity', '-Infinity', "<class 'object'>", '<built-in function len>']);
    expect(note).toBe(
      'output[0] is NaN, which JSON cannot hold; shown as text; output[1] is Infinity, which JSON cannot hold; shown as text; ' +
        'output[2] is -Infinity, which JSON cannot hold; shown as text; and 2 more',
    );
  });

  it('trims long text, long collections and deep nesting in the trace, but not in the output', async () => {
    const expression = '{"text": "x" * 1500, "items": list(range(60)), "entries": {str(i): i for i in range(55)}, "nested": nested}';
    const imports = 'nested = {"leaf": 1}\nfor _ in range(9):\n    nested = {"next": nested}';
    const { output, note, preview } = await convert(expression, imports);
    expect(preview).toEqual({
      text: `${'x'.repeat(1000)}... (+500 chars)`,
      items: [...Array.from({ length: 50 }, (_, index) => index), '... +10 more items'],
      entries: { ...Object.fromEntries(Array.from({ length: 50 }, (_, index) => [String(index), index])), '...': '+5 more entries' },
      // The result is at depth 0 and preview.nested at depth 1: containers deeper than 6 are summarised.
      nested: { next: { next: { next: { next: { next: { next: '{... 1 entry}' } } } } } },
    });
    expect(output).toMatchObject({ text: 'x'.repeat(1500), items: Array.from({ length: 60 }, (_, index) => index) });
    expect(Object.keys((output as { entries: object }).entries)).toHaveLength(55);
    expect(JSON.stringify((output as { nested: unknown }).nested)).toBe(`${'{"next":'.repeat(9)}{"leaf":1}${'}'.repeat(9)}`);
    expect(note).toBeNull();
  });

  it('summarises lists too, and caps the output at 100 levels with a note', async () => {
    const imports = 'deep = []\nfor _ in range(120):\n    deep = [deep, 0]';
    const { output, note, preview } = await convert('[[[[[[[[1, 2]]]]]]], deep]', imports);
    expect(JSON.stringify((preview as unknown[])[0])).toBe('[[[[[["[... 2 items]"]]]]]]');
    let level = (output as unknown[])[1];
    for (let depth = 1; depth < 100; depth++) level = (level as unknown[])[0];
    expect(level).toEqual(['[... 2 items]', 0]);
    expect(note).toBe(`output[1]${'[0]'.repeat(100)} is nested too deeply; shown as a summary`);
  });

  it('shows a value that contains itself as "[Circular]"', async () => {
    const { output, note } = await convert('loop', 'loop = {"name": "loop"}\nloop["self"] = loop');
    expect(output).toEqual({ name: 'loop', self: '[Circular]' });
    expect(note).toBe('output.self contains itself; shown as "[Circular]"');
  });

  it('writes no bytecode into the runtime folder', async () => {
    await run('def main():\n    return 1\n');
    expect(await readdir(RUNTIME_FOLDER)).not.toContain('__pycache__');
  });
});
