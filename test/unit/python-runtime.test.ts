// The Python runtime, codec and tool host on their own, with real python3: small programs call the runtime's
// entry points through the host, and the codec's conversions are applied to values in-process.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { execa } from 'execa';
import { describe, expect, it } from 'vitest';

import { extract, runMain } from '../fixtures/python/harness.js';

const RUNTIME_FOLDER = fileURLToPath(new URL('../../src/engine/python/runtime/', import.meta.url));

interface Report {
  ok: boolean;
  output: unknown;
  output_note: string | null;
  error: { type: string; message: string; traceback: string } | null;
  trace: {
    tool: string;
    args: unknown;
    ok: boolean;
    result?: unknown;
    error?: string;
    start_ms: number;
    duration_ms: number;
    replayed: boolean;
  }[];
}

const TOOLS = `def echo(value):
    return value


def fail(message):
    raise ValueError(message)
`;

const PRELUDE = `from _codemode_runtime import _codemode_call, _codemode_load, _codemode_run

_codemode_load("tools.py", __name__)


def traced(function, *positional, **keywords):
    return _codemode_call(function.__name__, positional, keywords)


def echo(value):
    pass


def fail(message):
    pass

`;

const REAL_PYTHON = execa('python3', ['-c', 'import os, sys; print(os.path.realpath(sys.executable))']).then((run) => run.stdout.trim());

/** The host's report of a program run with \`body\`, as host() runs it. */
async function hostReport(body: string, beside: Folder = {}) {
  const { folder, exitCode, stdout, stderr } = await host(body, TOOLS, beside);
  const report = JSON.parse(await readFile(path.join(folder, 'report.json'), 'utf8')) as {
    trace: Report['trace'];
    result: Omit<Report, 'trace'> | null;
  };
  return { folder, exitCode, stdout, stderr, report: { ...report.result!, trace: report.trace } };
}

/** Runs \`body\` (which defines main()) after the prelude the way a runner runs: through the tool host, main() through _codemode_run. */
async function run(body: string): Promise<{ exitCode: number | undefined; stderr: string; report: Report }> {
  const { exitCode, stderr, report } = await hostReport(body);
  return { exitCode, stderr, report };
}

/** The first line the host reads: the program's start, `_codemode_start.py` with the program's path. */
async function programStart(program: string): Promise<string> {
  const start = {
    program: [await REAL_PYTHON, '-X', 'utf8', '-B', path.join(RUNTIME_FOLDER, '_codemode_start.py'), program],
    program_env: { PATH: process.env.PATH, PYTHONPATH: RUNTIME_FOLDER, CODEMODE_CHANNEL_FD: '3' },
  };
  return `${JSON.stringify(start)}\n`;
}

/** What lies beside the program besides the tools module: the file at the program's path, and other files by name. */
interface Folder {
  /** The file at the program's path; the program's text unless given. */
  fileText?: string;
  besides?: Record<string, string>;
}

/**
 * Starts the tool host on \`body\` with the tools module \`tools\`, as run() does, and waits for it; the host's files
 * are in \`folder\`. The launch spec carries the program's text.
 */
async function host(
  body: string,
  tools = TOOLS,
  { fileText, besides = {} }: Folder = {},
): Promise<{ folder: string; exitCode: number | undefined; stdout: string; stderr: string }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'codemode-python-runtime-'));
  const program = path.join(folder, 'program.py');
  const text = `${PRELUDE}${body}\n\n_codemode_run(main)\n`;
  await writeFile(path.join(folder, 'tools.py'), tools);
  await writeFile(program, fileText ?? text);
  for (const [name, content] of Object.entries(besides)) await writeFile(path.join(folder, name), content);
  const spec = {
    program_text: text,
    cwd: folder,
    journal: path.join(folder, 'journal.jsonl'),
    report: path.join(folder, 'report.json'),
    call_log: path.join(folder, 'calls.jsonl'),
    max_message_bytes: 64 * 1024 * 1024,
  };
  const result = await execa('python3', ['-X', 'utf8', '-B', path.join(RUNTIME_FOLDER, 'host.py'), path.join(folder, 'tools.py')], {
    cwd: folder,
    env: { PYTHONDONTWRITEBYTECODE: '1' },
    input: `${await programStart(program)}${JSON.stringify(spec)}`,
    reject: false,
  });
  return { folder, exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a program that imports the codec and prints JSON. */
async function codecJson(program: string): Promise<unknown> {
  const run = await execa('python3', ['-X', 'utf8', '-B', '-c', `import json\nimport _codemode_codec as codec\n${program}`], {
    env: { PYTHONPATH: RUNTIME_FOLDER },
  });
  return JSON.parse(run.stdout);
}

/** The output of main() returning \`expression\`, and the preview of the same value as a traced call's result. */
async function convert(expression: string, imports = ''): Promise<{ output: unknown; note: string | null; preview: unknown }> {
  const program = `${imports}\n\nvalue = ${expression}\noutput, note = codec.serialise_output(value)\nprint(json.dumps({"output": output, "note": note, "preview": codec.preview(value, "result")}))\n`;
  return (await codecJson(program)) as { output: unknown; note: string | null; preview: unknown };
}

describe('the Python runtime and tool host', () => {
  it('loads the tools, then starts nothing and writes nothing when its standard input closes at once', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'codemode-python-runtime-'));
    await writeFile(path.join(folder, 'tools.py'), `${TOOLS}\nprint("loaded")\n`);
    const result = await execa('python3', ['-X', 'utf8', '-B', path.join(RUNTIME_FOLDER, 'host.py'), path.join(folder, 'tools.py')], {
      cwd: folder,
      input: '',
      reject: false,
    });
    expect([result.exitCode, result.stdout, result.stderr]).toEqual([2, 'loaded', '']);
    expect(await readdir(folder)).toEqual(['tools.py']);
  });

  it('loads the tools and starts the program, but runs nothing of the program when no launch spec follows', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'codemode-python-runtime-'));
    const program = path.join(folder, 'program.py');
    await writeFile(path.join(folder, 'tools.py'), `${TOOLS}\nprint("loaded")\n`);
    await writeFile(program, `print("the program ran")\nopen("ran", "w").close()\n`);
    // The program holds the host's stdout until it ends: the host's end is the program's too.
    const result = await execa('python3', ['-X', 'utf8', '-B', path.join(RUNTIME_FOLDER, 'host.py'), path.join(folder, 'tools.py')], {
      cwd: folder,
      input: await programStart(program),
      reject: false,
    });
    expect([result.exitCode, result.stdout, result.stderr]).toEqual([2, 'loaded', '']);
    expect((await readdir(folder)).sort()).toEqual(['program.py', 'tools.py']);
  });

  it('runs the text the launch spec carries, never the file at its path, as __main__ under that path', async () => {
    const body = [
      'import sys',
      '',
      '',
      'def main():',
      '    print(__name__, __file__ == sys.argv[0] == __loader__.path, sys.modules["__main__"].__file__ == __file__)',
      '    sys.stdin.read()',
      '    raise ValueError("the verified text ran")',
    ].join('\n');
    const { folder, exitCode, stdout, report } = await hostReport(body, { fileText: 'raise SystemExit("the file ran")\n' });
    const program = path.join(folder, 'program.py');
    expect(exitCode).toBe(1);
    expect(stdout).toBe('__main__ True True');
    expect(report.error).toMatchObject({ type: 'ValueError', message: 'the verified text ran' });
    const line = PRELUDE.split('\n').length + body.split('\n').length - 1;
    expect(report.error!.traceback).toBe(
      [
        'Traceback (most recent call last):',
        `  File "${program}", line ${line}, in main`,
        '    raise ValueError("the verified text ran")',
        'ValueError: the verified text ran',
        '',
      ].join('\n'),
    );
  });

  it("imports the engine's runtime and codec, never the copies beside the program, which Claude Code could have written", async () => {
    const tampered = 'print("tampered")\nraise SystemExit(3)\n';
    const { exitCode, stdout, report } = await hostReport('def main():\n    return traced(echo, "hello")\n', {
      besides: { '_codemode_runtime.py': tampered, '_codemode_codec.py': tampered },
    });
    expect([exitCode, stdout]).toEqual([0, '']);
    expect(report).toMatchObject({ ok: true, output: 'hello' });
  });

  it('shows a failure outside main() with the frames of the program alone, as when Python runs the file', async () => {
    const body = 'def main():\n    return None\n\n\nraise KeyError("outside main")';
    const { folder, exitCode, stderr, report } = await hostReport(body);
    const traceback = [
      'Traceback (most recent call last):',
      `  File "${path.join(folder, 'program.py')}", line ${PRELUDE.split('\n').length + 4}, in <module>`,
      '    raise KeyError("outside main")',
      "KeyError: 'outside main'",
      '',
    ].join('\n');
    expect(exitCode).toBe(1);
    expect(report.error!.traceback).toBe(traceback);
    expect(stderr).toBe(traceback.trimEnd());
  });

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
    expect(report.trace).toMatchObject([{ tool: 'fail', args: { message: 'no such city' }, ok: false, error: 'ValueError: no such city' }]);
    expect(report.trace[0]).not.toHaveProperty('result');
    expect(report.error!.traceback).toContain('raise ValueError(message)');
    expect(report.error!.traceback).not.toContain('_codemode_runtime.py');
    expect(stderr).toContain('ValueError: no such city');
  });

  it('keeps tracing after a failed call that main() recovers from', async () => {
    const body =
      'def main():\n    try:\n        traced(fail, "first")\n    except ValueError as error:\n        return traced(echo, error)\n';
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

  it('keeps the journal line of every call completed before a tool ended the host', async () => {
    const tools = `${TOOLS}

def end_host():
    import os
    os._exit(3)
`;
    const body = 'def main():\n    traced(echo, "a")\n    traced(echo, value={"b": [1, None]})\n    _codemode_call("end_host", (), {})\n';
    const { folder, exitCode } = await host(body, tools);
    expect(exitCode).toBe(3);
    expect((await readFile(path.join(folder, 'journal.jsonl'), 'utf8')).split('\n')).toEqual([
      '{"tool":"echo","args":["a"],"kwargs":{},"value":"a"}',
      '{"tool":"echo","args":[],"kwargs":{"value":{"b":[1,null]}},"value":{"b":[1,null]}}',
      '',
    ]);
    const calls = (await readFile(path.join(folder, 'calls.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(calls).toMatchObject([
      { call: 0, tool: 'echo', args: '{"value": "a"}' },
      { call: 0, ok: true, result: '"a"' },
      { call: 1, tool: 'echo' },
      { call: 1, ok: true },
      { call: 2, tool: 'end_host', args: '{}' },
    ]);
  });

  it('hands each reply of a read that holds several, or part of one, to the call that awaits it', async () => {
    const program = String.raw`
import socket, threading, time
import _codemode_runtime as runtime

ours, theirs = socket.socketpair()
channel = runtime.Channel(ours.detach())
replies, done = {}, threading.Event()

def keep(ident):
    def deliver(reply):
        replies[ident] = reply["value"]
        if len(replies) == 3:
            done.set()
    return deliver

for ident in (1, 2, 3):
    channel.request({"op": "call", "id": ident, "tool": "echo", "args": [ident], "kwargs": {}}, keep(ident))

def answer():
    frame = b"".join(b'{"op":"return","id":%d,"value":"reply %d"}\n' % (ident, ident) for ident in (3, 4, 1, 2))
    cut = frame.index(b'"id":2') + 3
    theirs.sendall(frame[:cut])
    time.sleep(0.2)
    theirs.sendall(frame[cut:])

threading.Thread(target=answer).start()
synchronous = channel.call({"op": "call", "id": 4, "tool": "echo", "args": [4], "kwargs": {}})
done.wait(10)
print(json.dumps({"asynchronous": {str(ident): value for ident, value in sorted(replies.items())}, "synchronous": synchronous["value"]}))
`;
    expect(await codecJson(program)).toEqual({
      asynchronous: { '1': 'reply 1', '2': 'reply 2', '3': 'reply 3' },
      synchronous: 'reply 4',
    });
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

  it('writes no bytecode into the runtime folder when the engine starts the host and the program', async () => {
    // The harness runs the language's own host and program commands, not this file's.
    const { report } = await runMain(
      await extract('examples/weather/tools.py'),
      'def main(params: str = "") -> object:\n    return get_weather("Paris")\n',
    );
    expect(report.ok).toBe(true);
    expect(await readdir(RUNTIME_FOLDER)).not.toContain('__pycache__');
  });
});

describe('the Python codec', () => {
  it('encodes and decodes every tagged form back to the same values', async () => {
    const program = String.raw`
import dataclasses, datetime, decimal, enum, typing

@dataclasses.dataclass
class Point:
    x: int
    y: list

class Colour(enum.Enum):
    RED = "red"

class Pair(typing.NamedTuple):
    left: int
    right: int

codec.tools_module_name = __name__
value = {
    "bytes": b"\xff\x00", "when": datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.timezone.utc),
    "day": datetime.date(2024, 5, 1), "time": datetime.time(12, 30), "set": {1, 2}, "tuple": (1, "a"),
    "nan": float("nan"), "inf": float("-inf"), "amount": decimal.Decimal("1.10"), "map": {1: "one", "$x": 2},
    "point": Point(1, [2]), "colour": Colour.RED, "pair": Pair(1, 2), "error": KeyError("k"), "nested": [[{"a": None}]],
}
data = codec.encode(value)
types = {"tools:Point": Point, "tools:Colour": Colour, "tools:Pair": Pair}
back = codec.decode(json.loads(json.dumps(data)), lambda name: types.get(name) or codec.builtin_exception(name.split(":")[-1]))
same = {key: (back[key] == item if key not in ("nan", "error") else None) for key, item in value.items()}
same["nan"] = back["nan"] != back["nan"]
same["error"] = type(back["error"]) is KeyError and str(back["error"]) == "'k'"
print(json.dumps({"data": data, "same": same, "types": [type(back[key]).__name__ for key in ("point", "colour", "pair", "tuple", "set")]}))
`;
    const result = (await codecJson(program)) as { data: Record<string, unknown>; same: Record<string, boolean>; types: string[] };
    expect(Object.values(result.same).every(Boolean)).toBe(true);
    expect(result.types).toEqual(['Point', 'Colour', 'Pair', 'tuple', 'set']);
    expect(result.data).toMatchObject({
      bytes: { $bytes: '/wA=' },
      when: { $datetime: '2024-05-01T12:30:00+00:00' },
      day: { $date: '2024-05-01' },
      time: { $time: '12:30:00' },
      set: { $set: [1, 2] },
      tuple: { $tuple: [1, 'a'] },
      nan: { $float: 'NaN' },
      inf: { $float: '-Infinity' },
      amount: { $decimal: '1.10' },
      map: {
        $map: [
          [1, 'one'],
          ['$x', 2],
        ],
      },
      point: { $object: { type: 'tools:Point', kind: 'dataclass', value: { x: 1, y: [2] } } },
      colour: { $object: { type: 'tools:Colour', kind: 'enum', value: 'red', name: 'RED' } },
      pair: { $object: { type: 'tools:Pair', kind: 'namedtuple', value: [1, 2], fields: ['left', 'right'] } },
      error: { $object: { type: 'builtins:KeyError', kind: 'exception', value: { args: ['k'], attributes: {} } } },
      nested: [[{ a: null }]],
    });
  });

  it('refuses what is not data, and builds nothing it was not allowed to resolve', async () => {
    const program = String.raw`
def problem(text):
    try:
        codec.decode(json.loads(text))
        return None
    except codec.DecodeError as error:
        return str(error)

def load_problem(text):
    try:
        codec.loads(text)
        return None
    except codec.DecodeError as error:
        return str(error)

stand_in = codec.decode({"$object": {"type": "os:system", "kind": "class", "value": {"command": "id"}}})
def send_problem(value):
    try:
        codec.encode(value)
    except codec.EncodeError as error:
        return str(error)

loop = []
loop.append(loop)
print(json.dumps({
    "unknown": problem('{"$eval": "1"}'),
    "bytes": problem('{"$bytes": "not base64!"}'),
    "set": problem('{"$set": [[1]]}'),
    "kind": problem('{"$object": {"type": "tools:X", "kind": "pickle", "value": 1}}'),
    "nan": load_problem('{"op": "call", "x": NaN}'),
    "array": load_problem('[1]'),
    "stand_in": [type(stand_in).__name__, isinstance(stand_in, codec.Remote), stand_in.command],
    "function": send_problem(len),
    "class": send_problem(int),
    "loop": send_problem(loop),
    "plain": codec.decode({"$a": 1, "b": 2}),
}))
`;
    expect(await codecJson(program)).toEqual({
      unknown: 'unknown tag $eval',
      bytes: expect.stringMatching(/^bad \$bytes/),
      set: expect.stringMatching(/^bad \$set/),
      kind: '$object needs a type and a known kind',
      nan: 'not a JSON message: NaN is not JSON',
      array: 'a message must be a JSON object',
      stand_in: ['system', true, 'id'],
      function: 'a value of type builtin_function_or_method cannot be sent',
      class: 'a value of type type cannot be sent',
      loop: 'a value that contains itself cannot be sent',
      plain: { $a: 1, b: 2 },
    });
  });
});

describe("the Python host's check of arguments", () => {
  it('checks the standard typing forms without pydantic, and reaches only the data types of the parameters', async () => {
    const program = `import sys
sys.modules["pydantic"] = None
import dataclasses, enum, json, typing
import _codemode_arguments as arguments

@dataclasses.dataclass
class Item:
    name: str
    color: "Color"

class Color(enum.Enum):
    RED = "red"

class Point(typing.NamedTuple):
    x: int

class Helper:
    pass

class Options(typing.TypedDict):
    point: Point

def tool(item: Item, options: Options, names: list[str], pair: tuple[int, str], mode: typing.Literal["a", "b"] = "a",
         limit: typing.Optional[float] = None, extra: typing.Any = None, helper: "Undefined" = None, *rest: int, **named: str) -> None:
    pass

checker = arguments.Checker(tool)
cases = {
    "fits": dict(item=Item("x", Color.RED), options={"point": Point(1)}, names=["a"], pair=(1, "b"), mode="b", limit=2, rest=(1, 2), named={"k": "v"}),
    "item": dict(item={"name": "x"}),
    "names": dict(names=["a", 1]),
    "pair": dict(pair=(1, 2)),
    "mode": dict(mode="c"),
    "limit": dict(limit="1"),
    "rest": dict(rest=(1, "2")),
    "named": dict(named={"k": 1}),
    "unresolved": dict(helper=object(), extra=object()),
}
print(json.dumps({
    "problems": {name: checker.problem(values) for name, values in cases.items()},
    "types": sorted(cls.__name__ for cls in arguments.reachable_data_types(checker.hints.values())),
}))
`;
    const run = await execa('python3', ['-X', 'utf8', '-B', '-c', program], { env: { PYTHONPATH: RUNTIME_FOLDER } });
    expect(JSON.parse(run.stdout)).toEqual({
      problems: {
        fits: null,
        item: 'the argument item is not Item: got dict',
        names: 'the argument names is not list[str]: got list',
        pair: 'the argument pair is not tuple[int, str]: got tuple',
        mode: "the argument mode is not Literal['a', 'b']: got str",
        limit: 'the argument limit is not Optional[float]: got str',
        rest: 'the argument rest is not int: got str',
        named: 'the argument named is not str: got int',
        unresolved: null,
      },
      types: ['Color', 'Item', 'Point'],
    });
  });
});
