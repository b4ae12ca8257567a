// Both runtimes over the same values: the trace previews and the serialised output must be the same JSON.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { execa } from 'execa';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const PYTHON_RUNTIME = fileURLToPath(new URL('../../src/engine/python/runtime/', import.meta.url));
const TYPESCRIPT_RUNTIME = fileURLToPath(new URL('../../src/engine/typescript/runtime/_codemode_runtime.ts', import.meta.url));

interface Report {
  ok: boolean;
  output: Record<string, unknown>;
  output_note: string | null;
  trace: {
    tool: string;
    args: unknown;
    ok: boolean;
    result?: unknown;
    error?: string;
    start_ms: number;
    duration_ms: number;
    replayed?: boolean;
  }[];
}

const PYTHON_PROGRAM = String.raw`
import dataclasses
import datetime

import json

import _codemode_codec as codec


@dataclasses.dataclass
class Point:
    x: int
    y: int


class ToolError(Exception):
    pass


def echo(value):
    return value


def fail(message):
    raise ToolError(message)


def nested(depth):
    value = {"leaf": 1}
    for _ in range(depth):
        value = {"next": value}
    return value


circular = {"name": "loop"}
circular["self"] = circular
VALUES = {
    "point": Point(1, 2),
    "when": datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.timezone.utc),
    "when_ms": datetime.datetime(2024, 5, 1, 12, 30, 5, 123000, tzinfo=datetime.timezone.utc),
    "text_bytes": "héllo".encode(),
    "raw_bytes": b"\xff\x00\x01",
    "set": {3, 1, 2},
    "long_text": "x" * 5000,
    "long_emoji": "🚀" * 1200,
    "long_list": list(range(500)),
    "wide_map": {f"k{index}": index for index in range(60)},
    "nested": nested(10),
    "error": ToolError("bad input"),
    "not_a_number": float("nan"),
    "infinity": float("-inf"),
    "circular": circular,
    "deep": nested(120),
}


# The host's rules, applied in-process: each value as a traced echo call's arguments and result, then the output.
trace = [codec.trace_entry("echo", {"value": value}, True, value, 0, 0) for value in VALUES.values()]
results = dict(VALUES)
try:
    fail("no such thing")
except ToolError as error:
    trace.append(codec.trace_entry("fail", {"message": "no such thing"}, False, codec.describe(error), 0, 0))
    results["caught"] = error
output, note = codec.serialise_output(results)
print(json.dumps({"ok": True, "output": output, "output_note": note, "error": None, "trace": trace}))
`;

// The TypeScript side applies the rules the tool host and the program share (trace rows, output) to the same values.
const TYPESCRIPT_PROGRAM = String.raw`
import { outputValue, traceRow } from './_codemode_runtime.mjs';

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}

class ToolError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ToolError';
  }
}

const echo = (value) => value;
const fail = (message) => {
  throw new ToolError(message);
};

function nested(depth) {
  let value = { leaf: 1 };
  for (let index = 0; index < depth; index++) value = { next: value };
  return value;
}

const circular = { name: 'loop' };
circular.self = circular;
const VALUES = {
  point: new Point(1, 2),
  when: new Date(Date.UTC(2024, 4, 1, 12, 30)),
  when_ms: new Date(Date.UTC(2024, 4, 1, 12, 30, 5, 123)),
  text_bytes: new TextEncoder().encode('héllo'),
  raw_bytes: Buffer.from([0xff, 0x00, 0x01]),
  set: new Set([1, 2, 3]),
  long_text: 'x'.repeat(5000),
  long_emoji: '🚀'.repeat(1200),
  long_list: Array.from({ length: 500 }, (_, index) => index),
  wide_map: Object.fromEntries(Array.from({ length: 60 }, (_, index) => ['k' + index, index])),
  nested: nested(10),
  error: new ToolError('bad input'),
  not_a_number: NaN,
  infinity: -Infinity,
  circular,
  deep: nested(120),
};

const trace = [];
const call = (tool, args, invoke) => {
  try {
    const value = invoke();
    trace.push(traceRow({ tool, args, start: 0, end: 0, ok: true, value, replayed: false }));
    return value;
  } catch (error) {
    trace.push(traceRow({ tool, args, start: 0, end: 0, ok: false, value: error, replayed: false }));
    throw error;
  }
};
const results = {};
for (const [name, value] of Object.entries(VALUES)) results[name] = call('echo', { value }, () => echo(value));
try {
  call('fail', { message: 'no such thing' }, () => fail('no such thing'));
} catch (error) {
  results.caught = error;
}
process.stdout.write(JSON.stringify({ ok: true, ...outputValue(results, 'output'), error: null, trace }));
`;

/** The Python side: the codec's previews and output serialisation, which the tool host and the program use. */
async function runPython(): Promise<Report> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'codemode-conformance-py-'));
  await writeFile(path.join(folder, 'program.py'), PYTHON_PROGRAM);
  const run = await execa('python3', ['-X', 'utf8', '-B', path.join(folder, 'program.py')], { env: { PYTHONPATH: PYTHON_RUNTIME } });
  return JSON.parse(run.stdout) as Report;
}

async function runTypeScript(): Promise<Report> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'codemode-conformance-ts-'));
  const runtime = ts.transpileModule(await readFile(TYPESCRIPT_RUNTIME, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  await writeFile(path.join(folder, '_codemode_runtime.mjs'), runtime.outputText);
  await writeFile(path.join(folder, 'program.mjs'), TYPESCRIPT_PROGRAM);
  const { stdout } = await execa(process.execPath, [path.join(folder, 'program.mjs')]);
  return JSON.parse(stdout) as Report;
}

// Timings differ, and whether a call was answered from the journal is no preview rule.
const withoutTimings = (report: Report) =>
  report.trace.map(({ start_ms: _start, duration_ms: _duration, replayed: _replayed, ...entry }) => entry);

describe('the Python and TypeScript runtimes', () => {
  it('report the same trace previews and the same output for the same values', async () => {
    const [python, typescript] = await Promise.all([runPython(), runTypeScript()]);

    expect(withoutTimings(typescript)).toEqual(withoutTimings(python));
    expect(typescript.output).toEqual(python.output);
    expect(typescript.output_note).toBe(python.output_note);
    expect(typescript.ok).toBe(python.ok);
    for (const report of [python, typescript]) {
      expect(Object.keys(report).sort()).toEqual(['error', 'ok', 'output', 'output_note', 'trace']);
      for (const entry of report.trace) {
        expect(
          Object.keys(entry)
            .filter((key) => key !== 'replayed')
            .sort(),
        ).toEqual(['args', 'duration_ms', entry.ok ? 'result' : 'error', 'ok', 'start_ms', 'tool'].sort());
      }
    }

    // What the two agree on, spelled out.
    const previews: Record<string, { args: unknown; result?: unknown }> = Object.fromEntries(
      python.trace.slice(0, -1).map((entry, index) => [Object.keys(python.output as object)[index], entry]),
    );
    expect(previews.point).toMatchObject({ args: { value: { x: 1, y: 2 } }, result: { x: 1, y: 2 } });
    expect(previews.when!.result).toBe('2024-05-01T12:30:00Z');
    expect(previews.when_ms!.result).toBe('2024-05-01T12:30:05.123Z');
    expect(previews.text_bytes!.result).toBe('héllo');
    expect(previews.raw_bytes!.result).toBe('/wAB');
    expect(previews.set!.result).toEqual([1, 2, 3]);
    expect(previews.long_text!.result).toBe(`${'x'.repeat(1000)}... (+4000 chars)`);
    expect(previews.long_emoji!.result).toBe(`${'🚀'.repeat(1000)}... (+200 chars)`);
    expect(previews.long_list!.result).toEqual([...Array.from({ length: 50 }, (_, index) => index), '... +450 more items']);
    expect(previews.wide_map!.result).toEqual({
      ...Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`k${index}`, index])),
      '...': '+10 more entries',
    });
    const deepest = (value: unknown, levels: number): unknown =>
      levels === 0 ? value : deepest((value as { next: unknown }).next, levels - 1);
    expect(deepest(previews.nested!.result, 6)).toEqual({ next: '{... 1 entry}' });
    expect(deepest((previews.nested!.args as { value: unknown }).value, 5)).toEqual({ next: '{... 1 entry}' });
    expect(previews.error!.result).toEqual({ type: 'ToolError', message: 'bad input' });
    expect(previews.not_a_number!.result).toBe('NaN');
    expect(previews.infinity!.result).toBe('-Infinity');
    expect(previews.circular!.result).toEqual({ name: 'loop', self: '[Circular]' });
    expect(python.trace.at(-1)).toMatchObject({
      tool: 'fail',
      args: { message: 'no such thing' },
      ok: false,
      error: 'ToolError: no such thing',
    });

    expect(python.output).toMatchObject({
      point: { x: 1, y: 2 },
      raw_bytes: '/wAB',
      long_text: 'x'.repeat(5000),
      long_emoji: '🚀'.repeat(1200),
      caught: { type: 'ToolError', message: 'no such thing' },
    });
    expect(python.output.long_list).toHaveLength(500);
    expect(Object.keys(python.output.wide_map as object)).toHaveLength(60);
    expect(deepest(python.output.nested, 10)).toEqual({ leaf: 1 });
    // output.deep is at depth 1: what lies deeper than 100 levels is summarised.
    expect(deepest(python.output.deep, 99)).toEqual({ next: '{... 1 entry}' });
    expect(python.output_note).toBe(
      'output.raw_bytes holds bytes that are not UTF-8; shown base64-encoded; ' +
        'output.not_a_number is NaN, which JSON cannot hold; shown as text; ' +
        'output.infinity is -Infinity, which JSON cannot hold; shown as text; and 2 more',
    );
  });
});
