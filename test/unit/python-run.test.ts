import { describe, expect, it } from 'vitest';
import { pythonLanguage } from '../../src/engine/python/index.js';
import { PYTHON_MAINS } from '../fixtures/python/mains.js';
import { extract, fixture, runMain, runRunner, writeRunner } from '../fixtures/python/harness.js';

const UNKNOWN_CITY =
  'Unknown city: Atlantis (known cities: San Francisco, New York, London, Tokyo, Paris, Sydney)';

describe('running a generated Python runner', () => {
  it('reports the output and a trace of every call for the weather example', async () => {
    const { exitCode, report } = await runMain(await extract('examples/weather/tools.py'), PYTHON_MAINS.weather);
    expect(exitCode).toBe(0);
    expect(report).toMatchObject({
      ok: true,
      output: {
        san_francisco: 'Weather in San Francisco: Foggy, 62°F',
        new_york: 'Weather in New York: Sunny, 75°F',
        difference: '13°F',
      },
      output_note: null,
      error: null,
    });
    expect(report.trace.map(({ tool, args, ok, result }) => ({ tool, args, ok, result }))).toEqual([
      { tool: 'get_weather', args: { city: 'San Francisco' }, ok: true, result: 'Weather in San Francisco: Foggy, 62°F' },
      { tool: 'get_weather', args: { city: 'New York' }, ok: true, result: 'Weather in New York: Sunny, 75°F' },
      {
        tool: 'calculate_temp_diff',
        args: { temp1: 'Weather in San Francisco: Foggy, 62°F', temp2: 'Weather in New York: Sunny, 75°F' },
        ok: true,
        result: '13°F',
      },
    ]);
    const starts = report.trace.map((entry) => entry.start_ms);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(report.trace.every((entry) => entry.duration_ms >= 0)).toBe(true);
  });

  it('runs the ETL and database examples', async () => {
    const etl = await runMain(await extract('examples/etl/tools.py'), PYTHON_MAINS.etl);
    expect(etl.report.output).toEqual({ success: true, record_count: 3 });
    expect(etl.report.trace.map((entry) => entry.tool)).toEqual(['fetch_data', 'transform_data', 'validate_data', 'store_data']);
    const database = await runMain(await extract('examples/database/tools.py'), PYTHON_MAINS.database);
    expect(database.report.output).toEqual({
      adults_30_plus: ['Alice', 'Carol', 'Eve'],
      by_city: { Chicago: 1, 'New York': 2, 'San Francisco': 2 },
    });
    expect(database.report.trace.map((entry) => entry.args)).toEqual([{ min_age: 30 }, {}]);
  });

  it('reports a tool that raises: failed trace entry, error with a traceback through main, exit code 1', async () => {
    const main = `def main(params: str = "") -> object:
    return get_weather("Atlantis")
`;
    const { exitCode, report, stderr } = await runMain(await extract('examples/weather/tools.py'), main);
    expect(exitCode).toBe(1);
    expect(report.ok).toBe(false);
    expect(report.error).toMatchObject({ type: 'ValueError', message: UNKNOWN_CITY });
    expect(report.error!.traceback).toContain('return get_weather("Atlantis")');
    expect(report.error!.traceback).toContain('examples/weather/tools.py');
    expect(report.error!.traceback).toContain(`ValueError: ${UNKNOWN_CITY}`);
    expect(report.error!.traceback).not.toMatch(/in _codemode|_codemode_runtime\.py/);
    expect(report.trace).toMatchObject([
      { tool: 'get_weather', args: { city: 'Atlantis' }, ok: false, error: `ValueError: ${UNKNOWN_CITY}` },
    ]);
    expect(stderr).toContain(`ValueError: ${UNKNOWN_CITY}`);
  });

  it('records a failed call that main() recovers from', async () => {
    const main = `def main(params: str = "") -> object:
    try:
        return get_weather("Atlantis")
    except ValueError:
        return get_weather("Paris")
`;
    const { exitCode, report } = await runMain(await extract('examples/weather/tools.py'), main);
    expect(exitCode).toBe(0);
    expect(report.output).toBe('Weather in Paris: Sunny, 70°F');
    expect(report.trace.map((entry) => [entry.args, entry.ok])).toEqual([
      [{ city: 'Atlantis' }, false],
      [{ city: 'Paris' }, true],
    ]);
  });

  it('traces concurrent async tools with overlapping calls, with main() made async', async () => {
    const main = `async def main(params: str = "") -> object:
    return list(await asyncio.gather(slow_echo("a"), slow_echo("b"), slow_echo("c", delay=0.01)))

import asyncio
`;
    const { exitCode, report } = await runMain(await extract(fixture('kinds.py')), main);
    expect(exitCode).toBe(0);
    expect(report.output).toEqual(['a', 'b', 'c']);
    expect(report.trace.map((entry) => entry.args)).toEqual([
      { text: 'a', delay: 0.05 },
      { text: 'b', delay: 0.05 },
      { text: 'c', delay: 0.01 },
    ]);
    const [first, second, third] = report.trace;
    expect(second!.start_ms).toBeLessThan(first!.start_ms + first!.duration_ms);
    expect(third!.start_ms).toBeLessThan(first!.start_ms + first!.duration_ms);
  });

  it('runs async tools from a sync main() through asyncio.run and reports an async failure', async () => {
    const main = `def main(params: str = "") -> object:
    import asyncio

    async def both():
        return await asyncio.gather(slow_echo("ok", delay=0), failing_async("async boom"))

    return asyncio.run(both())
`;
    const { exitCode, report } = await runMain(await extract(fixture('kinds.py')), main);
    expect(exitCode).toBe(1);
    expect(report.error).toMatchObject({ type: 'RuntimeError', message: 'async boom' });
    expect(report.trace).toMatchObject([
      { tool: 'slow_echo', ok: true, result: 'ok' },
      { tool: 'failing_async', ok: false, error: 'RuntimeError: async boom' },
    ]);
  });

  it('forwards only the arguments given, so tools apply their own computed defaults', async () => {
    const main = `def main(params: str = "") -> object:
    return [
        computed_defaults(),
        computed_defaults(("a",), 2, scale=1.0),
        variadic("a", "b", "c", sep="+", width=3),
        positional_only(1),
        keyword_only(name="n", loud=True),
        untyped([1]),
    ]
`;
    const { report } = await runMain(await extract(fixture('kinds.py')), main);
    expect(report.output).toEqual([
      { items: ['x', 'y'], limit: 5, scale: 7.5 },
      { items: ['a'], limit: 2, scale: 1 },
      { joined: 'a+b+c', options: { width: 3 } },
      [1, 2, 3],
      'N',
      [[1], null],
    ]);
    expect(report.trace.map((entry) => entry.args)).toEqual([
      {},
      { items: ['a'], limit: 2, scale: 1 },
      { first: 'a', rest: ['b', 'c'], sep: '+', width: 3 },
      { a: 1, b: 2, c: 3 },
      { name: 'n', loud: true },
      { value: [1], other: null },
    ]);
  });

  it('passes ctx with .deps from codemode_deps(), made lazily and once', async () => {
    const main = `def main(params: str = "") -> object:
    return [calls_so_far(), deps_calls(), deps_calls(), calls_so_far()]
`;
    const { report } = await runMain(await extract(fixture('deps_counter.py')), main);
    expect(report.output).toEqual([0, 1, 1, 1]);
    expect(report.trace.map((entry) => entry.args)).toEqual([{}, {}, {}, {}]);
  });

  it('explains ctx.deps in a module without codemode_deps()', async () => {
    const main = `def main(params: str = "") -> object:
    return lookup("key")
`;
    const { report } = await runMain(await extract(fixture('context_without_deps.py')), main);
    expect(report.error).toMatchObject({
      type: 'RuntimeError',
      message: 'the tools module defines no codemode_deps(), so ctx.deps is unavailable',
    });
  });

  it('serialises dataclasses, sets, dates, bytes and more, and notes what needed repr() or base64', async () => {
    const main = `def main(params: str = "") -> object:
    import dataclasses, datetime, decimal, enum, pathlib, uuid
    from collections import namedtuple

    @dataclasses.dataclass
    class Point:
        x: int
        y: int

    class Colour(enum.Enum):
        RED = "red"

    class Opaque:
        def __repr__(self):
            return "<Opaque thing>"

    Pair = namedtuple("Pair", "left right")
    return {
        "point": Point(1, 2),
        "set": {3, 1, 2},
        "mixed_set": {1},
        "tuple": (1, "two"),
        "pair": Pair(1, 2),
        "when": datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.timezone.utc),
        "day": datetime.date(2024, 5, 1),
        "text_bytes": "héllo".encode(),
        "raw_bytes": b"\\xff\\x00",
        "amount": decimal.Decimal("12.50"),
        "id": uuid.UUID("12345678-1234-5678-1234-567812345678"),
        "path": pathlib.PurePosixPath("/tmp/x"),
        "colour": Colour.RED,
        "int_keys": {1: "one"},
        "opaque": Opaque(),
    }
`;
    const { exitCode, report } = await runMain(await extract('examples/weather/tools.py'), main);
    expect(exitCode).toBe(0);
    expect(report.output).toEqual({
      point: { x: 1, y: 2 },
      set: [1, 2, 3],
      mixed_set: [1],
      tuple: [1, 'two'],
      pair: { left: 1, right: 2 },
      when: '2024-05-01T12:30:00Z',
      day: '2024-05-01',
      text_bytes: 'héllo',
      raw_bytes: '/wA=',
      amount: '12.50',
      id: '12345678-1234-5678-1234-567812345678',
      path: '/tmp/x',
      colour: 'red',
      int_keys: { '1': 'one' },
      opaque: '<Opaque thing>',
    });
    expect(report.output_note).toBe(
      'output.raw_bytes holds bytes that are not UTF-8; shown base64-encoded; ' +
        'output.opaque (main.<locals>.Opaque) is not JSON-serialisable; shown as text',
    );
  });

  it('reports a string returned by main() as the output itself', async () => {
    const main = `def main(params: str = "") -> object:
    return "plain text"
`;
    expect((await runMain(await extract('examples/weather/tools.py'), main)).report).toMatchObject({
      ok: true,
      output: 'plain text',
      output_note: null,
    });
  });

  it('shortens long values in the trace but not in the output', async () => {
    const main = `def main(params: str = "") -> object:
    import asyncio
    return asyncio.run(slow_echo("x" * 1500, delay=0))
`;
    const { report } = await runMain(await extract(fixture('kinds.py')), main);
    expect(report.output).toBe('x'.repeat(1500));
    expect(report.trace[0]!.result).toBe(`${'x'.repeat(1000)}... (+500 chars)`);
    expect(report.trace[0]!.args).toEqual({ text: `${'x'.repeat(1000)}... (+500 chars)`, delay: 0 });
  });

  it('reports the generated TODO main() as not implemented', async () => {
    const module = await extract('examples/weather/tools.py');
    const { exitCode, report } = await runRunner(writeRunner(pythonLanguage.renderRunner(module, 'task').text), module);
    expect(exitCode).toBe(1);
    expect(report).toMatchObject({
      ok: false,
      error: { type: 'NotImplementedError', message: 'main() is not implemented yet' },
      trace: [],
    });
  });

  it('still writes a report when code outside main() fails at import', async () => {
    const main = `def main(params: str = "") -> object:
    return 1


PREPARED = get_weather("Nowhere")
`;
    const { exitCode, report } = await runMain(await extract('examples/weather/tools.py'), main);
    expect(exitCode).toBe(1);
    expect(report.error).toMatchObject({ type: 'ValueError' });
    expect(report.error!.message).toMatch(/^Unknown city: Nowhere/);
    expect(report.trace).toMatchObject([{ tool: 'get_weather', ok: false }]);
  });

  it('reports a tools module that fails on import', async () => {
    const module = { ...(await extract('examples/weather/tools.py')), relative_path: fixture('raises_on_import.py') };
    const { exitCode, report, stderr } = await runRunner(writeRunner(pythonLanguage.renderRunner(module, 'task').text), module);
    expect(exitCode).toBe(1);
    expect(report).toMatchObject({ ok: false, error: { type: 'RuntimeError', message: 'configuration missing\nsecond line' }, trace: [] });
    expect(report.error!.traceback).toContain('raises_on_import.py');
    expect(stderr).toContain('RuntimeError: configuration missing');
  });

  it('imports the runtime beside the runner even when the tools folder has a module of the same name', async () => {
    const main = `def main(params: str = "") -> object:
    return ping()
`;
    expect((await runMain(await extract(fixture('shadowing/tools.py')), main)).report.output).toBe('pong');
  });

  it('imports sibling modules of the tools module when run from the repository root', async () => {
    const main = `def main(params: str = "") -> object:
    return greet("ada")
`;
    expect((await runMain(await extract(fixture('sibling/tools.py')), main)).report.output).toBe('HELLO ADA!');
  });

  it('resolves the module names used by annotations', async () => {
    const main = `def main(params: str = "") -> object:
    return [isinstance(item, Weather) for item in forecast("Oslo", days=2)]
`;
    expect((await runMain(await extract(fixture('future_annotations.py')), main)).report.output).toEqual([true, true]);
  });
});
