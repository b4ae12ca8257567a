import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { execaSync } from 'execa';
import { describe, expect, it } from 'vitest';

import type { PythonModule } from '../../src/engine/python/data.js';
import { pythonLanguage } from '../../src/engine/python/index.js';
import { PYTHON_MAINS } from '../../testing/mains/python.js';
import { context, extract, fixture, repoRoot, runMain, runnerWithMain, runRunner, writeRunner } from '../fixtures/python/harness.js';
import type { FolderRunOptions } from '../helpers/program.js';

const UNKNOWN_CITY = 'Unknown city: Atlantis (known cities: San Francisco, New York, London, Tokyo, Paris, Sydney)';

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

  it('binds a declared class of a sibling module to the real class the tools return', async () => {
    const module = await extract(fixture('tickets/tools.py'));
    const { exitCode, report } = await runMain(
      module,
      [
        'def main(params: str = "") -> object:',
        '    found = ticket(3)',
        '    return [found.status is Status.OPEN, isinstance(found.comments[0], Comment), issubclass(Warning, Exception)]',
      ].join('\n'),
    );
    expect(exitCode).toBe(0);
    expect(report.output).toEqual([true, true, true]);
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
    const { exitCode, report, log } = await runMain(await extract('examples/weather/tools.py'), main);
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
    expect(log).toContain(`ValueError: ${UNKNOWN_CITY}`);
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
    const module = {
      ...(await extract('examples/weather/tools.py')),
      path: path.resolve(repoRoot, fixture('raises_on_import.py')),
      relative_path: fixture('raises_on_import.py'),
    };
    const { exitCode, report, log } = await runRunner(writeRunner(pythonLanguage.renderRunner(module, 'task').text), module);
    expect(exitCode).toBe(1);
    expect(report).toMatchObject({ ok: false, error: { type: 'RuntimeError', message: 'configuration missing\nsecond line' }, trace: [] });
    expect(report.error!.traceback).toContain('raises_on_import.py');
    expect(log).toContain('RuntimeError: configuration missing');
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

const hostContext = (extra: Record<string, string>) => ({ ...context, env: { ...context.env, ...extra } });

async function runWith(module: PythonModule, mainSource: string, extra: Record<string, string> = {}, options: FolderRunOptions = {}) {
  return runRunner(writeRunner(runnerWithMain(module, mainSource)), module, hostContext(extra), options);
}

const hasPydantic = execaSync('python3', ['-c', 'import pydantic'], { reject: false }).exitCode === 0;

describe('the tool host', () => {
  it('gives main() dataclass, NamedTuple, Enum, TypedDict and class results that behave as after a direct call', async () => {
    const main = `def main(params: str = "") -> object:
    ticket, point, status, summary, account = get_ticket(7), get_point(), get_status(), get_summary(), get_account()
    return {
        "ticket": [isinstance(ticket, Ticket), ticket == Ticket(7, "ticket 7", ["bug"]), ticket.title, same_ticket(ticket)],
        "point": [isinstance(point, Point), point == Point(1, 2), point.y, point[0]],
        "status": [isinstance(status, Status), status is Status.OPEN, get_status(True) == Status.CLOSED, status.value],
        "summary": [summary == {"count": 2, "names": ["a", "b"]}, summary["count"], type(summary).__name__],
        "account": [isinstance(account, Account), account == Account("ada", 10), account.owner],
    }
`;
    const { exitCode, report } = await runMain(await extract(fixture('host_tools.py')), main);
    expect(report.error ?? null).toBeNull();
    expect(exitCode).toBe(0);
    expect(report.output).toEqual({
      ticket: [true, true, 'ticket 7', true],
      point: [true, true, 2, 1],
      status: [true, true, true, 'open'],
      summary: [true, 2, 'dict'],
      account: [true, true, 'ada'],
    });
    expect(report.trace.map((entry) => entry.result)).toContainEqual({ id: 7, title: 'ticket 7', tags: ['bug'] });
    expect(report.trace.find((entry) => entry.tool === 'same_ticket')).toMatchObject({
      args: { ticket: { id: 7, title: 'ticket 7', tags: ['bug'] } },
      result: true,
    });
  });

  it.skipIf(!hasPydantic)('gives main() a pydantic model that behaves as after a direct call (needs pydantic)', async () => {
    const main = `def main(params: str = "") -> object:
    user = get_user("ada")
    return [isinstance(user, User), user == User(name="ada", age=36), user.name, user.age]
`;
    const { report } = await runMain(await extract(fixture('host_pydantic_tools.py')), main);
    expect(report.output).toEqual([true, true, 'ada', 36]);
    expect(report.trace[0]!.result).toEqual({ name: 'ada', age: 36 });
  });

  it('stands in for the types of a tools module the program cannot import, without failing', async () => {
    const main = `def main(params: str = "") -> object:
    ticket = get_ticket(1)
    return [isinstance(ticket, Ticket), ticket.title, ticket == get_ticket(1), ticket == get_ticket(2)]
`;
    const module = await extract(fixture('host_env_tools.py'), hostContext({ HOST_ONLY_TOKEN: 'abc' }));
    const { exitCode, report, log } = await runWith(module, main, { HOST_ONLY_TOKEN: 'abc' });
    expect(exitCode).toBe(0);
    expect(report.output).toEqual([true, 'ticket 1 for 3', true, false]);
    expect(log).toContain("importing it failed (KeyError: 'HOST_ONLY_TOKEN')");
  });

  it('stands in for a declared class of a sibling module the program cannot import, as for the values of that type', async () => {
    const main = `def main(params: str = "") -> object:
    found = ticket(1)
    return [isinstance(found.status, Status), isinstance(found.comments[0], Comment), found.comments[0].text]
`;
    const module = await extract(fixture('host_env_models/tools.py'), hostContext({ HOST_ONLY_TOKEN: 'abc' }));
    expect(module.data.type_imports.map((entry) => entry.name)).toEqual(['Status', 'Comment']);
    const { exitCode, report } = await runWith(module, main, { HOST_ONLY_TOKEN: 'abc' });
    expect(exitCode).toBe(0);
    expect(report.output).toEqual([true, true, 'abc 1']);
  });

  it('raises a tool exception the program cannot import as the stand-in its name is bound to, so except catches it', async () => {
    const main = `def main(params: str = "") -> object:
    try:
        fetch("secret")
    except Refused as error:
        return [type(error).__name__, str(error), error.reason, isinstance(error, Exception)]
`;
    const module = await extract(fixture('host_env_errors.py'), hostContext({ HOST_ONLY_TOKEN: 'abc' }));
    const { exitCode, report, log } = await runWith(module, main, { HOST_ONLY_TOKEN: 'abc' });
    expect(log).toContain('importing it failed');
    expect(exitCode).toBe(0);
    expect(report.output).toEqual(['Refused', 'refused: secret', 'secret', true]);
  });

  it('runs async tools concurrently in the host when main() gathers them', async () => {
    const main = `async def main(params: str = "") -> object:
    first, second = await asyncio.gather(wait_and_return("a"), wait_and_return("b"))
    return {"overlap": second["started"] < first["ended"] and first["started"] < second["ended"], "labels": [first["label"], second["label"]]}

import asyncio
`;
    const { report } = await runMain(await extract(fixture('host_tools.py')), main);
    expect(report.output).toEqual({ overlap: true, labels: ['a', 'b'] });
    const [first, second] = report.trace;
    expect(second!.start_ms).toBeLessThan(first!.start_ms + first!.duration_ms);
  });

  it('passes ctx with deps made in the host; the program never sees what they hold', async () => {
    const main = `def main(params: str = "") -> object:
    import os
    return [secret_length(), os.environ.get("HOST_SECRET")]
`;
    const { report } = await runWith(await extract(fixture('host_tools.py')), main, { HOST_SECRET: 'sesame' });
    expect(report.output).toEqual([6, null]);
    expect(report.trace).toMatchObject([{ tool: 'secret_length', args: {}, ok: true, result: 6 }]);
  });

  it('raises a tool exception in main() as the same type, which main() can catch', async () => {
    const main = `def main(params: str = "") -> object:
    try:
        reorder("none")
    except Exception as error:
        return [type(error).__name__, str(error), type(error) is _codemode_tools.OutOfStock]
`;
    const { report } = await runWith(await extract(fixture('host_tools.py')), main, { ORDERS_FILE: '/dev/null' });
    expect(report.output).toEqual(['OutOfStock', 'none is out of stock', true]);
    expect(report.trace).toMatchObject([{ tool: 'reorder', args: { sku: 'none' }, ok: false, error: 'OutOfStock: none is out of stock' }]);
  });

  it('raises an exception of a sibling module as that same class, with its message and attributes, caught by name', async () => {
    const main = `def main(params: str = "") -> object:
    caught = []
    try:
        shipment("x-1")
    except ShipmentNotFound as error:
        caught.append([type(error).__name__, str(error), error.shipment_id, isinstance(error, ShippingError)])
    try:
        track("s-1")
    except CarrierDown as error:
        caught.append([str(error), error.carrier, error.retry_after])
    return caught
`;
    const module = await extract(fixture('shipments/tools.py'));
    const { exitCode, report } = await runMain(module, main);
    expect(exitCode).toBe(0);
    expect(report.output).toEqual([
      ['ShipmentNotFound', 'no shipment x-1', 'x-1', true],
      ['ups is down, retry in 30 s', 'ups', 30],
    ]);
  });

  it("serves a module-level instance's methods as tools, awaited together from an async main()", async () => {
    const main = `async def main(params: str = "") -> object:
    import asyncio

    item, names = await asyncio.gather(inventory_item("nut"), item_names())
    return [inventory_count("bolt"), item.count, isinstance(item, Item), names, inventory_skus(), warehouse_capacity()]
`;
    const { exitCode, report } = await runMain(await extract(fixture('inventory/tools.py')), main);
    expect(exitCode).toBe(0);
    expect(report.output).toEqual([12, 40, true, ['bolt', 'nut'], ['bolt', 'nut'], 500]);
    expect(report.trace.map((entry) => [entry.tool, entry.ok])).toEqual([
      ['inventory_item', true],
      ['item_names', true],
      ['inventory_count', true],
      ['inventory_skus', true],
      ['warehouse_capacity', true],
    ]);
  });

  it("calls the methods of instances of a sibling module's class on those instances", async () => {
    const main = `def main(params: str = "") -> object:
    return [depots(), depot_stock("bolt"), south_stock("nut")]
`;
    const { exitCode, report } = await runMain(await extract(fixture('depot/tools.py')), main);
    expect(exitCode).toBe(0);
    expect(report.output).toEqual([['north', 'south'], 7, 3]);
  });

  it('answers a call with arguments that do not fit the tool with a TypeError, and traces it as failed', async () => {
    const main = `def main(params: str = "") -> object:
    import _codemode_runtime
    try:
        _codemode_runtime._codemode_call("get_ticket", (1, 2), {})
    except TypeError as error:
        return str(error)
`;
    const { report } = await runMain(await extract(fixture('host_tools.py')), main);
    expect(report.output).toBe('get_ticket(): too many positional arguments');
    expect(report.trace).toMatchObject([
      { tool: 'get_ticket', ok: false, error: 'TypeError: get_ticket(): too many positional arguments' },
    ]);
  });

  it('answers a call identical to one of an earlier attempt from the journal, so a repair orders sku-1 once', async () => {
    const module = await extract(fixture('host_tools.py'));
    const folder = mkdtempSync(path.join(os.tmpdir(), 'codemode-journal-'));
    const orders = path.join(folder, 'orders.txt');
    const journal = path.join(folder, 'journal.jsonl');
    const first = await runWith(
      module,
      `def main(params: str = "") -> object:\n    reorder("sku-1")\n    raise RuntimeError("stock level unknown")\n`,
      { ORDERS_FILE: orders },
      { journal },
    );
    expect(first.report.ok).toBe(false);
    const second = await runWith(
      module,
      `def main(params: str = "") -> object:\n    return [reorder("sku-1"), reorder("sku-2")]\n`,
      { ORDERS_FILE: orders },
      { journal },
    );
    expect(second.report.output).toEqual(['ordered sku-1', 'ordered sku-2']);
    expect(readFileSync(orders, 'utf8')).toBe('sku-1\nsku-2\n');
    expect(second.host.trace.map((entry) => [entry.args, entry.replayed])).toEqual([
      [{ sku: 'sku-1' }, true],
      [{ sku: 'sku-2' }, false],
    ]);
    expect(second.host.replayed).toBe(1);
    const third = await runWith(
      module,
      `def main(params: str = "") -> object:\n    return [reorder("sku-1"), reorder("sku-1")]\n`,
      { ORDERS_FILE: orders },
      { journal },
    );
    expect(third.host.trace.map((entry) => entry.replayed)).toEqual([true, false]);
    expect(readFileSync(orders, 'utf8')).toBe('sku-1\nsku-2\nsku-1\n');
  });

  it('refuses the calls past max_tool_calls with an error main() sees, and reports them as refused', async () => {
    const main = `def main(params: str = "") -> object:
    answers = [echo("one"), echo("two")]
    try:
        echo("three")
    except RuntimeError as error:
        answers.append(f"{type(error).__name__}: {error}")
    return answers
`;
    const module = await extract(fixture('host_tools.py'));
    const { report, host } = await runRunner(writeRunner(runnerWithMain(module, main)), module, context, {
      budget: { maxToolCalls: 2, toolTimeoutMs: null },
    });
    const refusal = "echo() was not called: the run's budget of 2 tool calls is spent (max_tool_calls)";
    expect(report.output).toEqual(['one', 'two', `RuntimeError: ${refusal}`]);
    expect(host.trace.map((entry) => [entry.tool, entry.ok, entry.error ?? entry.result])).toEqual([
      ['echo', true, 'one'],
      ['echo', true, 'two'],
      ['echo', false, `RuntimeError: ${refusal}`],
    ]);
    expect(host.calls_refused).toBe(1);
  });

  it('fails a sync or async call that takes longer than tool_timeout with a TimeoutError, and main() goes on', async () => {
    const main = `async def main(params: str = "") -> object:
    errors = []
    try:
        pause(60)
    except TimeoutError as error:
        errors.append(str(error))
    try:
        await wait_and_return("slow", 60)
    except TimeoutError as error:
        errors.append(str(error))
    return [errors, pause(0)]
`;
    const module = await extract(fixture('host_tools.py'));
    const { report, host } = await runRunner(writeRunner(runnerWithMain(module, main)), module, context, {
      budget: { maxToolCalls: null, toolTimeoutMs: 300 },
    });
    expect(report.output).toEqual([
      ['pause() did not finish within the tool_timeout of 0.3 s', 'wait_and_return() did not finish within the tool_timeout of 0.3 s'],
      'slept 0 s',
    ]);
    expect(host.trace.map((entry) => [entry.tool, entry.ok, entry.error ?? entry.result])).toEqual([
      ['pause', false, 'TimeoutError: pause() did not finish within the tool_timeout of 0.3 s'],
      ['wait_and_return', false, 'TimeoutError: wait_and_return() did not finish within the tool_timeout of 0.3 s'],
      ['pause', true, 'slept 0 s'],
    ]);
    expect(host.trace.slice(0, 2).map((entry) => entry.duration_ms < 30_000)).toEqual([true, true]);
    expect(host.result_bytes).toBeGreaterThan(0);
  });

  it('keeps its own trace: a direct call in the program and a forged message leave it as it was', async () => {
    const main = `def main(params: str = "") -> object:
    import json, os, _codemode_runtime
    echo("real")
    _codemode_runtime.tools.echo("direct, in the program")
    os.write(3, json.dumps({"op": "trace", "trace": [{"tool": "reorder", "args": {}, "ok": True}]}).encode() + b"\\n")
    import time
    time.sleep(5)
    return "finished"
`;
    const { exitCode, host } = await runMain(await extract(fixture('host_tools.py')), main);
    expect(exitCode).toBe(1);
    expect(host.trace.map((entry) => [entry.tool, entry.args])).toEqual([['echo', { value: 'real' }]]);
    expect(host.result).toBeNull();
    expect(host.stopped).toContain('not valid');
  });

  it('builds no type the tools module only imported: a forged dataclasses.Field argument stays a stand-in', async () => {
    const main = `def main(params: str = "") -> object:
    import json, os
    forged = {"$object": {"type": "tools:dataclasses.Field", "kind": "class", "value": {}}}
    os.write(3, json.dumps({"op": "call", "id": 999, "tool": "echo", "args": [forged], "kwargs": {}}).encode() + b"\\n")
    return json.loads(os.read(3, 65536).decode().splitlines()[0])
`;
    const { report } = await runMain(await extract(fixture('host_tools.py')), main);
    // A real Field would travel back under its own module's name, dataclasses:Field.
    expect(report.output).toMatchObject({ op: 'return', value: { $object: { type: 'tools:dataclasses.Field', kind: 'class' } } });
  });

  it('builds no helper class of the tools module from an argument: a stand-in reaches the tool, and its __del__ never runs', async () => {
    const marker = path.join(mkdtempSync(path.join(os.tmpdir(), 'codemode-helper-')), 'ran');
    const main = `def main(params: str = "") -> object:
    import json, os
    forged = {"$object": {"type": "tools:Cleanup", "kind": "class", "value": {"path": ${JSON.stringify(marker)}}}}
    os.write(3, json.dumps({"op": "call", "id": 900, "tool": "type_of", "args": [forged], "kwargs": {}}).encode() + b"\\n")
    return json.loads(os.read(3, 65536).decode().splitlines()[0])["value"]
`;
    const { report } = await runMain(await extract(fixture('argument_tools.py')), main);
    expect(report.output).toBe('tools.Cleanup'); // a stand-in of that name, not the class of the tools module
    expect(existsSync(marker)).toBe(false);
  });

  it('checks the arguments against the annotations before the call, and records a refused call as failed', async () => {
    const main = `def main(params: str = "") -> object:
    import json, os
    refused = []
    for call in (lambda: shout({"a": 1}), lambda: total([1, "2"]), lambda: total([1], 2, "3")):
        try:
            call()
        except TypeError as error:
            refused.append(str(error))
    forged = {"$object": {"type": "tools:Ticket", "kind": "dataclass", "value": {"id": 7, "title": "Broken"}}}
    os.write(3, json.dumps({"op": "call", "id": 900, "tool": "title", "args": [forged], "kwargs": {}}).encode() + b"\\n")
    built = json.loads(os.read(3, 65536).decode().splitlines()[0])["value"]
    stand_in = {"$object": {"type": "tools:Other", "kind": "dataclass", "value": {"id": 7, "title": "Broken"}}}
    os.write(3, json.dumps({"op": "call", "id": 901, "tool": "title", "args": [stand_in], "kwargs": {}}).encode() + b"\\n")
    other = json.loads(os.read(3, 65536).decode().splitlines()[0])["error"]["message"]
    return [refused, built, other, shout("ok"), total([1, 2], 3, scale=2.0)]
`;
    const { report } = await runMain(await extract(fixture('argument_tools.py')), main);
    const [refused, built, other, shouted, summed] = report.output as [string[], string, string, string, number];
    expect(refused[0]).toMatch(/^shout\(\) was not called: the argument text is not str: /);
    expect(refused[1]).toMatch(/^total\(\) was not called: the argument values is not list\[int\]: /);
    expect(refused[2]).toMatch(/^total\(\) was not called: the argument more is not int: /);
    expect(built).toBe('Broken');
    expect(other).toMatch(/^title\(\) was not called: the argument ticket is not Ticket: /);
    expect([shouted, summed]).toEqual(['OK', 12]);
    expect(report.trace.map((entry) => [entry.tool, entry.ok])).toEqual([
      ['shout', false],
      ['total', false],
      ['total', false],
      ['title', true],
      ['title', false],
      ['shout', true],
      ['total', true],
    ]);
    expect(report.trace[0]).toMatchObject({
      args: { text: { a: 1 } },
      error: expect.stringMatching(/^TypeError: shout\(\) was not called: /),
    });
  });

  it('fails a call whose message is over the limit, and goes on serving', async () => {
    const main = `def main(params: str = "") -> object:
    try:
        echo("x" * 2_000_000)
    except ValueError as error:
        return [str(error), echo("small")]
`;
    const { report } = await runWith(await extract(fixture('host_tools.py')), main, {}, { maxMessageBytes: 1024 * 1024 });
    expect(report.output).toEqual(['echo() was not called: the message is larger than the 1 MiB limit', 'small']);
    expect(report.trace).toMatchObject([
      { tool: '?', ok: false, error: 'ValueError: echo() was not called: the message is larger than the 1 MiB limit' },
      { tool: 'echo', ok: true, result: 'small' },
    ]);
  });

  it('keeps the trace and a small report when the program names tools with huge or invalid names', async () => {
    const main = `def main(params: str = "") -> object:
    import json, os
    echo("real")
    for ident, name in ((900, "x" * (48 << 20)), (901, "no such tool"), (902, "missing")):
        os.write(3, json.dumps({"op": "call", "id": ident, "tool": name, "args": [], "kwargs": {}}).encode() + b"\\n")
        os.read(3, 65536)
    return "done"
`;
    const { report, host } = await runMain(await extract(fixture('host_tools.py')), main);
    expect(report.output).toBe('done');
    expect(host.trace).toMatchObject([
      { tool: 'echo', ok: true, result: 'real' },
      { tool: '?', ok: false, error: 'ValueError: a call names its tool with an identifier of at most 200 characters' },
      { tool: '?', ok: false },
      { tool: 'missing', ok: false, error: "NameError: there is no tool named 'missing'" },
    ]);
    expect(JSON.stringify(host).length).toBeLessThan(10_000);
  });

  it('keeps the first 10,000 calls in the trace, and counts the rest', async () => {
    const main = `def main(params: str = "") -> object:
    for index in range(10_003):
        echo(index)
    return "done"
`;
    const { report, host } = await runMain(await extract(fixture('host_tools.py')), main);
    expect(report.output).toBe('done');
    expect(host.trace).toHaveLength(10_000);
    expect(host.trace.at(-1)).toMatchObject({ tool: 'echo', args: { value: 9999 }, ok: true });
    expect(host.untraced_calls).toBe(3);
  });

  it.each([
    ['garbage lines', 'b"not json at all" * 1000 + b"\\n"'],
    ['one endless line', 'b"x" * 65536'],
  ])('stops a program that floods the channel with %s, and still reports', async (_name, chunk) => {
    const main = `def main(params: str = "") -> object:
    import os
    echo("before")
    while True:
        os.write(3, ${chunk})
`;
    const { exitCode, host } = await runWith(await extract(fixture('host_tools.py')), main, {}, { maxMessageBytes: 1024 * 1024 });
    expect(exitCode).toBe(1);
    expect(host.result).toBeNull();
    expect(host.stopped).toMatch(/not valid/);
    expect(host.trace).toMatchObject([{ tool: 'echo', ok: true, result: 'before' }]);
  });

  it('reports once the program has exited, though a process it left writes calls to the channel', async () => {
    const main = `def main(params: str = "") -> object:
    import os, time
    program = os.getpid()
    if os.fork() == 0:
        try:
            while os.getppid() == program:
                time.sleep(0.01)
            while True:
                os.write(3, b'{"op":"call","id":7,"tool":"echo","args":["late"],"kwargs":{}}\\n' * 1000)
        finally:
            os._exit(0)
    return echo("done")
`;
    const { exitCode, report, log } = await runMain(await extract(fixture('host_tools.py')), main);
    expect(log).toBe('');
    expect(exitCode).toBe(0);
    expect(report.output).toBe('done');
    expect(report.trace[0]).toMatchObject({ tool: 'echo', args: { value: 'done' }, ok: true });
  });
});
