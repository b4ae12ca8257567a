import { createRequire as __codemodeCreateRequire } from 'node:module';
import { dirname as __codemodeDirnameOf } from 'node:path';
import { fileURLToPath as __codemodeFileURLToPath } from 'node:url';
const require = __codemodeCreateRequire(import.meta.url);
const __codemodeFilename = __codemodeFileURLToPath(import.meta.url);
const __codemodeDirname = __codemodeDirnameOf(__codemodeFilename);
import {
  ToolSpecSchema,
  execa,
  external_exports
} from "./chunk-UDZ6UF4E.js";
import {
  TODO_MARKER,
  regionMarkers
} from "./chunk-HR4SCJ3M.js";
import {
  CodeModeError,
  usageError
} from "./chunk-R2EEI6SO.js";
import "./chunk-FWQB4WVF.js";

// src/engine/python/index.ts
import path2 from "node:path";

// src/engine/python/check.ts
import path from "node:path";

// src/engine/python/check-script.ts
var CHECK_SCRIPT = String.raw`
import ast
import json
import sys

INTERNAL_PREFIX = "_codemode"
NESTED_SCOPES = (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def compile_problem(path, source):
    try:
        compile(source, path, "exec", dont_inherit=True)
    except SyntaxError as error:
        return {"line": error.lineno, "message": f"{type(error).__name__}: {error.msg}"}
    except ValueError as error:
        return {"line": None, "message": f"ValueError: {error}"}
    return None


def protected_spans(lines, regions):
    spans, missing = [], []
    for name, begin, end in regions:
        try:
            start = lines.index(begin)
            stop = lines.index(end, start)
        except ValueError:
            missing.append(name)
            continue
        spans.append((start + 1, stop + 1))
    return spans, missing


def bindings(node):
    """Names a top-level statement binds in the module namespace, with their lines."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        yield node.name, node.lineno
        return
    if isinstance(node, NESTED_SCOPES):
        return
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        for alias in node.names:
            if alias.name != "*":
                yield alias.asname or alias.name.split(".")[0], node.lineno
        return
    if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
        yield node.id, node.lineno
    for attribute in ("name", "rest"):
        name = getattr(node, attribute, None)
        if isinstance(name, str) and isinstance(node, (ast.ExceptHandler, ast.MatchAs, ast.MatchStar, ast.MatchMapping)):
            yield name, node.lineno
    for child in ast.iter_child_nodes(node):
        yield from bindings(child)


def imported_modules(node):
    """Top-level names of the absolute imports in node."""
    if isinstance(node, ast.Import):
        return [alias.name.split(".")[0] for alias in node.names]
    if isinstance(node, ast.ImportFrom) and node.level == 0:
        return [node.module.split(".")[0]]
    return []


def statement_problems(statement, tools, module):
    for name, line in bindings(statement):
        if name in tools:
            yield line, f"redefines tool '{name}'; call the generated wrapper instead"
        elif name.startswith(INTERNAL_PREFIX):
            yield line, f"rebinds '{name}'; names starting with {INTERNAL_PREFIX} belong to the generated runner"
    for node in ast.walk(statement):
        if isinstance(node, (ast.Global, ast.Nonlocal)):
            for name in node.names:
                if name in tools or name.startswith(INTERNAL_PREFIX):
                    yield node.lineno, f"declares '{name}' global; tools and runner internals must not be reassigned"
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id.startswith(INTERNAL_PREFIX):
            yield node.lineno, f"uses runner internal '{node.id}'; call the tool functions instead"
        for imported in imported_modules(node):
            if imported == module:
                yield node.lineno, f"imports the tools module '{module}' directly; call the generated wrappers so that calls are traced"
            elif imported.startswith(INTERNAL_PREFIX):
                yield node.lineno, f"imports the runner runtime '{imported}'; call the tool functions instead"


def diagnostics(path, config):
    with open(path, "rb") as handle:
        source = handle.read()
    problem = compile_problem(path, source)
    if problem:
        return [problem]
    tree = ast.parse(source)
    lines = source.decode("utf-8", "replace").replace("\r\n", "\n").split("\n")
    spans, missing = protected_spans(lines, config["regions"])
    found = [{"line": None, "message": f"the markers of the protected {name} region are missing or changed"} for name in missing]
    tools = set(config["tools"])
    defines_main = False
    for statement in tree.body:
        if any(start < statement.lineno < stop for start, stop in spans):
            continue
        defines_main = defines_main or any(name == "main" for name, _ in bindings(statement))
        for line, message in statement_problems(statement, tools, config["module"]):
            found.append({"line": line, "message": message})
    if not defines_main:
        found.append({"line": None, "message": "main() is not defined; define def main(params: str = ...) outside the protected regions"})
    unique = {(item["line"] or 0, item["message"]): item for item in found}
    return [unique[key] for key in sorted(unique)]


print(json.dumps(diagnostics(sys.argv[1], json.loads(sys.argv[2]))))
`;

// src/engine/python/interpreter.ts
async function runPythonForJson(context, program, args, purpose, schema) {
  const result = await execa(context.python, ["-X", "utf8", "-c", program, ...args], {
    cwd: context.repoRoot,
    env: context.env,
    extendEnv: false,
    stdin: "ignore",
    reject: false,
    cancelSignal: context.signal
  });
  if (result.code === "ENOENT" || result.code === "EACCES") {
    throw usageError(`Python interpreter not found: ${context.python} (set config python)`);
  }
  if (result.isCanceled) throw new CodeModeError(`Cancelled while ${purpose}`);
  if (result.exitCode !== 0) {
    const lastLine = result.stderr.trim().split("\n").at(-1) ?? "";
    throw new CodeModeError(`${context.python} failed while ${purpose}: ${lastLine || `exit code ${result.exitCode}`}`);
  }
  const parsed = schema.safeParse(parseJson(result.stdout));
  if (!parsed.success) {
    const shown = result.stdout.trim() ? result.stdout.trim().slice(0, 200) : "(no output)";
    throw new CodeModeError(`Unexpected output from ${context.python} while ${purpose}: ${shown}`);
  }
  return parsed.data;
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}

// src/engine/python/literals.ts
function pythonStringLiteral(text) {
  return JSON.stringify(text);
}
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
var CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
var CLOSING_QUOTE = /"(?="|$)/g;
var hexEscape = (character, width) => `\\${width === 2 ? "x" : "u"}${character.charCodeAt(0).toString(16).padStart(width, "0")}`;
function docstringBody(text) {
  return text.replace(/\\/g, "\\\\").replace(CLOSING_QUOTE, '\\"').replace(CONTROL_CHARACTER, (character) => character === "\r" ? "\\r" : hexEscape(character, 2)).replace(LONE_SURROGATE, (character) => hexEscape(character, 4));
}
function pythonDocstring(text, indent) {
  const [first, ...rest] = docstringBody(text).split("\n");
  if (rest.length === 0) return `"""${first}"""`;
  const continuation = rest.map((line) => line ? indent + line : line);
  return `"""${first}
${continuation.join("\n")}
${indent}"""`;
}

// src/engine/python/loader-source.ts
var TOOLS_LOADER_SOURCE = String.raw`def load_tools(relative_path):
    """Imports the tools module by its path, with the repository root and its own folder importable."""
    path = os.path.abspath(relative_path)
    for folder in (os.getcwd(), os.path.dirname(path)):
        if folder not in sys.path:
            sys.path.insert(0, folder)
    stem = os.path.splitext(os.path.basename(path))[0]
    name = stem if stem.isidentifier() and stem not in sys.modules else "_codemode_user_tools"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
`;

// src/engine/python/runtime-source.ts
var PYTHON_RUNTIME_MODULE = "_codemode_runtime";
var PYTHON_RUNTIME_FILE = `${PYTHON_RUNTIME_MODULE}.py`;
var RUNTIME_SOURCE = String.raw`"""Runtime of the generated Code Mode runner beside this file: traces tool calls and writes the report.

Generated with the runner and checked to be unchanged after the edit; main() must not use it.
"""
import asyncio
import base64
import dataclasses
import datetime
import decimal
import enum
import importlib.util
import inspect
import json
import math
import os
import pathlib
import sys
import traceback
import uuid
from collections.abc import Mapping
from time import perf_counter as clock

STARTED = clock()
# One list per tool call: [tool, names, positional, keywords, start, end, ok, result or exception].
CALLS = []
TRACE_TEXT = 1000
TRACE_ITEMS = 50
TRACE_DEPTH = 6
OUTPUT_DEPTH = 100
ASYNCIO_FOLDER = os.path.dirname(asyncio.__file__) + os.sep
# The tools module, once _codemode_load() has imported it.
tools = None

# Stands for a default the wrapper cannot repeat: the tool then applies its own.
_codemode_DEFAULT = object()


def _codemode_call(tool, function, names, positional, keywords):
    call = [tool, names, positional, keywords, clock(), None, False, None]
    CALLS.append(call)
    try:
        result = function(*positional, **keywords)
    except BaseException as error:
        call[5], call[7] = clock(), error
        raise
    call[5], call[6], call[7] = clock(), True, result
    return result


async def _codemode_call_async(tool, function, names, positional, keywords):
    call = [tool, names, positional, keywords, clock(), None, False, None]
    CALLS.append(call)
    try:
        result = await function(*positional, **keywords)
    except BaseException as error:
        call[5], call[7] = clock(), error
        raise
    call[5], call[6], call[7] = clock(), True, result
    return result


def _codemode_given(positional):
    """Positional arguments up to the first one left at its default."""
    for index, value in enumerate(positional):
        if value is _codemode_DEFAULT:
            return positional[:index]
    return positional


def _codemode_given_keywords(keywords):
    return {name: value for name, value in keywords.items() if value is not _codemode_DEFAULT}


class Context:
    """Passed to tools that take ctx: ctx.deps is the value of the module's codemode_deps(), made on first use."""

    __slots__ = ("_deps",)

    @property
    def deps(self):
        if not hasattr(self, "_deps"):
            factory = getattr(tools, "codemode_deps", None)
            if factory is None:
                raise RuntimeError("the tools module defines no codemode_deps(), so ctx.deps is unavailable")
            self._deps = factory()
        return self._deps


_codemode_context = Context()


def shorten(text):
    if len(text) <= TRACE_TEXT:
        return text
    return f"{text[:TRACE_TEXT]}... (+{len(text) - TRACE_TEXT} chars)"


def as_repr(value, notes, where, preview, reason):
    notes.append(f"{where} ({type(value).__qualname__}) {reason}; shown as repr()")
    try:
        text = repr(value)
    except Exception as error:
        text = f"<{type(value).__qualname__} object; repr() failed: {error}>"
    return shorten(text) if preview else text


def jsonable(value, notes, where, preview=False, depth=0):
    """Converts value to JSON data; preview shortens long text and collections (for the trace)."""
    if isinstance(value, enum.Enum):
        return jsonable(value.value, notes, where, preview, depth)
    if value is None or isinstance(value, (bool, int)):
        return value
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        notes.append(f"{where} is {value!r}, which JSON cannot hold; shown as text")
        return repr(value)
    if isinstance(value, str):
        return shorten(value) if preview else value
    if depth > (TRACE_DEPTH if preview else OUTPUT_DEPTH):
        return as_repr(value, notes, where, preview, "is nested too deeply")
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
        try:
            return jsonable(data.decode("utf-8"), notes, where, preview, depth)
        except UnicodeDecodeError:
            notes.append(f"{where} holds bytes that are not UTF-8; shown base64-encoded")
            return jsonable(base64.b64encode(data).decode("ascii"), notes, where, preview, depth)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, (decimal.Decimal, uuid.UUID, pathlib.PurePath)):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = [(field.name, getattr(value, field.name)) for field in dataclasses.fields(value)]
        return jsonable_items(fields, len(fields), notes, where, preview, depth)
    if callable(getattr(value, "model_dump", None)) and not isinstance(value, type):
        return jsonable(value.model_dump(), notes, where, preview, depth)
    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        return jsonable(value._asdict(), notes, where, preview, depth)
    if isinstance(value, Mapping):
        return jsonable_items(value.items(), len(value), notes, where, preview, depth)
    if isinstance(value, (list, tuple)):
        return jsonable_list(value, notes, where, preview, depth)
    if isinstance(value, (set, frozenset)):
        try:
            ordered = sorted(value)
        except TypeError:
            ordered = list(value)
        return jsonable_list(ordered, notes, where, preview, depth)
    return as_repr(value, notes, where, preview, "is not JSON-serialisable")


def jsonable_items(items, size, notes, where, preview, depth):
    result = {}
    for index, (key, item) in enumerate(items):
        if preview and index == TRACE_ITEMS:
            result["..."] = f"+{size - index} more entries"
            break
        name = key if isinstance(key, str) else str(key)
        result[name] = jsonable(item, notes, f"{where}.{name}", preview, depth + 1)
    return result


def jsonable_list(values, notes, where, preview, depth):
    shown = values[:TRACE_ITEMS] if preview else values
    result = [jsonable(item, notes, f"{where}[{index}]", preview, depth + 1) for index, item in enumerate(shown)]
    if len(shown) < len(values):
        result.append(f"... +{len(values) - len(shown)} more items")
    return result


def join_notes(notes):
    unique = list(dict.fromkeys(notes))
    if len(unique) <= 3:
        return "; ".join(unique) or None
    return f"{'; '.join(unique[:3])}; and {len(unique) - 3} more"


def describe(error):
    message = str(error)
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def named_args(names, positional, keywords):
    named = {}
    for index, name in enumerate(names):
        if name.startswith("*"):
            named[name[1:]] = positional[index:]
            break
        if name and index < len(positional):
            named[name] = positional[index]
    named.update(keywords)
    return named


def trace():
    entries = []
    for tool, names, positional, keywords, start, end, ok, value in CALLS:
        entry = {
            "tool": tool,
            "args": jsonable(named_args(names, positional, keywords), [], "args", True),
            "ok": ok,
            "start_ms": round((start - STARTED) * 1000, 3),
            "duration_ms": round(((clock() if end is None else end) - start) * 1000, 3),
        }
        if ok:
            entry["result"] = jsonable(value, [], "result", True)
        else:
            entry["error"] = "the call had not finished when main() ended" if end is None else describe(value)
        entries.append(entry)
    return entries


def internal_frame(frame):
    return frame.filename == __file__ or frame.filename.startswith(ASYNCIO_FOLDER)


def failure(error):
    summary = traceback.TracebackException(type(error), error, error.__traceback__)
    summary.stack = traceback.StackSummary.from_list([frame for frame in summary.stack if not internal_frame(frame)])
    details = {"type": type(error).__name__, "message": str(error), "traceback": "".join(summary.format())}
    return {"ok": False, "output": None, "output_note": None, "error": details}


def write_report(report):
    report["trace"] = trace()
    text = json.dumps(report)
    destination = os.environ.get("CODEMODE_RESULT_PATH")
    if destination:
        with open(destination, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        print(text)


async def awaited(awaitable):
    return await awaitable


def _codemode_run(entry):
    """Runs main() (sync or async), writes the report to CODEMODE_RESULT_PATH, and exits 1 when it failed."""
    try:
        value = entry()
        if inspect.isawaitable(value):
            value = asyncio.run(awaited(value))
        notes = []
        output = jsonable(value, notes, "output")
        report = {"ok": True, "output": output, "output_note": join_notes(notes), "error": None}
    except BaseException as error:
        report = failure(error)
        print(report["error"]["traceback"], end="", file=sys.stderr)
    write_report(report)
    if not report["ok"]:
        raise SystemExit(1)


def report_uncaught(kind, error, error_traceback):
    sys.__excepthook__(kind, error, error_traceback)
    write_report(failure(error))


def _codemode_load(relative_path, runner_name):
    """Imports the tools module; a runner run as a program (runner_name "__main__") also reports failures outside main()."""
    global tools
    if runner_name == "__main__":
        sys.excepthook = report_uncaught
    tools = load_tools(relative_path)
    return tools


${TOOLS_LOADER_SOURCE}`;

// src/engine/python/render.ts
var PYTHON_RUNNER_FILE = "agentRunner.py";
var REGION_MARKERS = regionMarkers("#");
var INDENT = "    ";
var TOOLS_MODULE = "_codemode_tools";
var RUNTIME = {
  default: "_codemode_DEFAULT",
  call: "_codemode_call",
  callAsync: "_codemode_call_async",
  given: "_codemode_given",
  givenKeywords: "_codemode_given_keywords",
  context: "_codemode_context",
  load: "_codemode_load",
  run: "_codemode_run"
};
var PLAIN_LITERAL = /^(?:None|True|False|\(\)|-?(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?[jJ]?|-?0[xXoObB][\da-fA-F_]+|[rRbBuU]{0,2}(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"))$/;
var usesSentinel = (param) => param.default !== null && !PLAIN_LITERAL.test(param.default);
function renderParam(param) {
  const prefix = param.kind === "var_positional" ? "*" : param.kind === "var_keyword" ? "**" : "";
  const annotation = param.annotation === null ? "" : `: ${param.annotation}`;
  if (param.default === null) return `${prefix}${param.name}${annotation}`;
  const value = usesSentinel(param) ? RUNTIME.default : param.default;
  return `${param.name}${annotation}${annotation ? " = " : "="}${value}`;
}
function signatureEntries(params) {
  const entries = [];
  const lastPositionalOnly = params.map((param) => param.kind).lastIndexOf("positional_only");
  const hasVarPositional = params.some((param) => param.kind === "var_positional");
  params.forEach((param, index) => {
    if (param.kind === "keyword_only" && !hasVarPositional && params[index - 1]?.kind !== "keyword_only") {
      entries.push({ text: "*", comment: null });
    }
    entries.push({ text: renderParam(param), comment: usesSentinel(param) ? `default: ${param.default}` : null });
    if (index === lastPositionalOnly) entries.push({ text: "/", comment: null });
  });
  return entries;
}
function renderSignature(tool) {
  const head = `${tool.async ? "async " : ""}def ${tool.name}(`;
  const tail = `)${tool.returns === null ? "" : ` -> ${tool.returns}`}:`;
  const entries = signatureEntries(tool.params);
  if (entries.every((entry) => entry.comment === null)) return head + entries.map((entry) => entry.text).join(", ") + tail;
  const lines = entries.map((entry) => `${INDENT}${entry.text},${entry.comment === null ? "" : `  # ${entry.comment}`}`);
  return [head, ...lines, tail].join("\n");
}
var pythonTuple = (items) => items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
function renderForwarding(tool, takesContext) {
  const names = takesContext ? [""] : [];
  const positional = takesContext ? [RUNTIME.context] : [];
  const keywords = [];
  const hasVarPositional = tool.params.some((param) => param.kind === "var_positional");
  for (const param of tool.params) {
    if (param.kind === "positional_only" || param.kind === "positional_or_keyword" && hasVarPositional) {
      names.push(param.name);
      positional.push(param.name);
    } else if (param.kind === "var_positional") {
      names.push(`*${param.name}`);
      positional.push(`*${param.name}`);
    } else if (param.kind === "var_keyword") {
      keywords.push(`**${param.name}`);
    } else {
      keywords.push(`${pythonStringLiteral(param.name)}: ${param.name}`);
    }
  }
  const positionalSentinel = tool.params.some((p) => usesSentinel(p) && (p.kind === "positional_only" || hasVarPositional));
  const keywordSentinel = tool.params.some((p) => usesSentinel(p) && !(p.kind === "positional_only" || hasVarPositional));
  const positionalText = pythonTuple(positional);
  const keywordText = `{${keywords.join(", ")}}`;
  const uses = [
    ...takesContext ? [RUNTIME.context] : [],
    ...positionalSentinel ? [RUNTIME.given] : [],
    ...keywordSentinel ? [RUNTIME.givenKeywords] : []
  ];
  return {
    names: pythonTuple(names.map(pythonStringLiteral)),
    positional: positionalSentinel ? `${RUNTIME.given}(${positionalText})` : positionalText,
    keywords: keywordSentinel ? `${RUNTIME.givenKeywords}(${keywordText})` : keywordText,
    uses
  };
}
function renderWrapper(tool, takesContext) {
  const { names, positional, keywords, uses } = renderForwarding(tool, takesContext);
  const helper = tool.async ? RUNTIME.callAsync : RUNTIME.call;
  const call = `${tool.async ? "await " : ""}${helper}(${pythonStringLiteral(tool.name)}, ${TOOLS_MODULE}.${tool.name}, ${names}, ${positional}, ${keywords})`;
  const docstring = tool.doc ? [`${INDENT}${pythonDocstring(tool.doc, INDENT)}`] : [];
  return {
    text: [renderSignature(tool), ...docstring, `${INDENT}return ${call}`].join("\n"),
    uses: [helper, ...uses, ...tool.params.some(usesSentinel) ? [RUNTIME.default] : []]
  };
}
function renderRuntimeImport(uses) {
  const names = Object.values(RUNTIME).filter((name) => uses.has(name));
  return `from ${PYTHON_RUNTIME_MODULE} import ${names.join(", ")}`;
}
function renderToolsRegion(module) {
  const wrappers = module.tools.map((tool) => renderWrapper(tool, module.data.context_tools.includes(tool.name)));
  const uses = /* @__PURE__ */ new Set([RUNTIME.load, RUNTIME.run, ...wrappers.flatMap((wrapper) => wrapper.uses)]);
  const bindings = module.declarations.map((name) => `${name} = ${TOOLS_MODULE}.${name}`);
  const path3 = pythonStringLiteral(module.relative_path);
  return [
    REGION_MARKERS.tools.begin,
    "from __future__ import annotations",
    renderRuntimeImport(uses),
    "",
    `${TOOLS_MODULE} = ${RUNTIME.load}(${path3}, __name__)`,
    ...bindings,
    ...wrappers.flatMap((wrapper) => ["", wrapper.text]),
    REGION_MARKERS.tools.end
  ].join("\n");
}
var HARNESS_REGION = [
  REGION_MARKERS.harness.begin,
  'if __name__ == "__main__":',
  `${INDENT}${RUNTIME.run}(main)`,
  REGION_MARKERS.harness.end
].join("\n");
function renderHeader(task) {
  const taskLines = docstringBody(task).split("\n").map((line) => line ? INDENT + line : line);
  return [
    '"""Code Mode runner: implement main() with the tool functions defined below.',
    "",
    "Task:",
    ...taskLines,
    "",
    "Only main() and new helper functions may be written; the codemode regions are generated and checked.",
    '"""'
  ].join("\n");
}
function renderMain(task) {
  return [
    `def main(params: str = ${pythonStringLiteral(task)}) -> object:`,
    `${INDENT}"""Accomplish the task in params with the tool functions above and return a JSON-serialisable result."""`,
    `${INDENT}# ${TODO_MARKER}: replace this body with the implementation.`,
    `${INDENT}raise NotImplementedError("main() is not implemented yet")`
  ].join("\n");
}
function renderPythonRunner(module, task) {
  const tools = renderToolsRegion(module);
  const text = [renderHeader(task), tools, "", "", renderMain(task), "", "", HARNESS_REGION, ""].join("\n");
  return {
    file_name: PYTHON_RUNNER_FILE,
    text,
    protected_regions: [
      { name: "tools", text: tools },
      { name: "harness", text: HARNESS_REGION }
    ],
    todo_marker: TODO_MARKER,
    support_files: [{ name: PYTHON_RUNTIME_FILE, text: RUNTIME_SOURCE }]
  };
}

// src/engine/python/check.ts
var DiagnosticsSchema = external_exports.array(external_exports.object({ line: external_exports.number().nullable(), message: external_exports.string() }));
async function checkPythonRunner(runnerPath, module, context) {
  const config = {
    tools: module.tools.map((tool) => tool.name),
    module: path.posix.basename(module.relative_path, ".py"),
    regions: Object.entries(REGION_MARKERS).map(([name, markers]) => [name, markers.begin, markers.end])
  };
  return runPythonForJson(
    context,
    CHECK_SCRIPT,
    [path.resolve(context.repoRoot, runnerPath), JSON.stringify(config)],
    `checking ${path.basename(runnerPath)}`,
    DiagnosticsSchema
  );
}

// src/engine/python/introspect-script.ts
var INTROSPECT_SCRIPT = String.raw`
import ast as _ast
import contextlib as _contextlib
import importlib.util
import inspect as _inspect
import json as _json
import keyword as _keyword
import os
import re as _re
import sys
import tokenize as _tokenize

${TOOLS_LOADER_SOURCE}

_KINDS = {
    _inspect.Parameter.POSITIONAL_ONLY: "positional_only",
    _inspect.Parameter.POSITIONAL_OR_KEYWORD: "positional_or_keyword",
    _inspect.Parameter.VAR_POSITIONAL: "var_positional",
    _inspect.Parameter.KEYWORD_ONLY: "keyword_only",
    _inspect.Parameter.VAR_KEYWORD: "var_keyword",
}
_CONTEXT_ANNOTATION = _re.compile(r"""^["']?(?:[\w.]+\.)?RunContext(?:\[.*\])?["']?$""", _re.S)
_DEPS_FUNCTION = "codemode_deps"


def _one_line(text):
    return " ".join(str(text).split())


def _source_lines(source):
    """The source's lines as UTF-8, split where Python's parser splits them, since node columns count bytes."""
    return [line.encode() for line in _re.split(r"\r\n|\r|\n", source)]


def _segment(lines, node):
    """A node's text as written when it fits on one line, else its normalised form."""
    if node is None:
        return None
    if node.lineno != node.end_lineno:
        return _ast.unparse(node)
    return lines[node.lineno - 1][node.col_offset : node.end_col_offset].decode()


def _function_nodes(statements, found):
    for statement in statements:
        if isinstance(statement, (_ast.FunctionDef, _ast.AsyncFunctionDef)):
            found.setdefault(statement.name, statement)
        elif isinstance(statement, (_ast.If, _ast.Try, _ast.With)):
            for block in ("body", "orelse", "finalbody"):
                _function_nodes(getattr(statement, block, []), found)
            for handler in getattr(statement, "handlers", []):
                _function_nodes(handler.body, found)
    return found


def _defining_node(function, nodes, path):
    """The function's definition in the tools module source, or None when it was defined elsewhere."""
    original = _inspect.unwrap(function)
    code = getattr(original, "__code__", None)
    if code is None or os.path.abspath(code.co_filename) != os.path.abspath(path):
        return None
    return nodes.get(original.__name__)


def _written_parameters(lines, node):
    """Maps each parameter name to its annotation and default as written in the source."""
    if node is None:
        return {}
    arguments = node.args
    positional = arguments.posonlyargs + arguments.args
    defaults = [None] * (len(positional) - len(arguments.defaults)) + list(arguments.defaults)
    written = {}
    for argument, default in zip(positional, defaults):
        written[argument.arg] = (_segment(lines, argument.annotation), _segment(lines, default))
    for argument, default in zip(arguments.kwonlyargs, arguments.kw_defaults):
        written[argument.arg] = (_segment(lines, argument.annotation), _segment(lines, default))
    for argument in (arguments.vararg, arguments.kwarg):
        if argument is not None:
            written[argument.arg] = (_segment(lines, argument.annotation), None)
    return written


def _runtime_annotation(annotation):
    if annotation is _inspect.Parameter.empty:
        return None
    return annotation if isinstance(annotation, str) else _inspect.formatannotation(annotation)


def _describe_parameter(parameter, written):
    annotation, default = written.get(parameter.name, (None, None))
    if parameter.name not in written:
        annotation = _runtime_annotation(parameter.annotation)
        default = None if parameter.default is _inspect.Parameter.empty else repr(parameter.default)
    return {
        "name": parameter.name,
        "kind": _KINDS[parameter.kind],
        "annotation": annotation,
        "default": default,
        "doc": None,
    }


def _takes_context(parameters):
    if not parameters or parameters[0]["kind"] not in ("positional_only", "positional_or_keyword"):
        return False
    first = parameters[0]
    return first["name"] == "ctx" or bool(first["annotation"] and _CONTEXT_ANNOTATION.match(first["annotation"]))


def _describe_tool(name, function, lines, node, has_deps):
    written = _written_parameters(lines, node)
    signature = _inspect.signature(function)
    parameters = [_describe_parameter(p, written) for p in signature.parameters.values()]
    takes_context = _takes_context(parameters)
    if node is not None:
        returns = _segment(lines, node.returns)
    else:
        returns = _runtime_annotation(signature.return_annotation)
    return {
        "name": name,
        "params": parameters[1:] if takes_context else parameters,
        "returns": returns,
        "doc": _inspect.getdoc(function) or "",
        "async": _inspect.iscoroutinefunction(function) or _inspect.iscoroutinefunction(_inspect.unwrap(function)),
        "takes_context": takes_context,
        "note": "takes ctx, but the module defines no codemode_deps(), so ctx.deps is unavailable"
        if takes_context and not has_deps
        else None,
    }


def _public_functions(module):
    exported = getattr(module, "__all__", None)
    if exported is not None:
        candidates = [(str(name), getattr(module, str(name), None)) for name in dict.fromkeys(exported)]
    else:
        candidates = [
            (name, value)
            for name, value in vars(module).items()
            if not name.startswith("_") and getattr(value, "__module__", None) == module.__name__
        ]
    return [(name, value) for name, value in candidates if name != _DEPS_FUNCTION and _inspect.isfunction(value)]


def _name_problem(name):
    if name == "main":
        return "main"
    if name.startswith("_codemode"):
        return "reserved"
    if not name.isidentifier():
        return "identifier"
    if _keyword.iskeyword(name):
        return "keyword"
    return None


def _annotation_names(text):
    try:
        tree = _ast.parse(text.strip(), mode="eval")
    except SyntaxError:
        return []
    names = []
    for node in _ast.walk(tree):
        if isinstance(node, _ast.Name):
            names.append(node.id)
        elif isinstance(node, _ast.Constant) and isinstance(node.value, str):
            names.extend(_annotation_names(node.value))
    return names


def _declarations(module, tools):
    """Names of the tools module that the visible signatures refer to, so the runner can bind them."""
    tool_names = {tool["name"] for tool in tools}
    annotations = [tool["returns"] for tool in tools] + [p["annotation"] for tool in tools for p in tool["params"]]
    names = [name for text in dict.fromkeys(annotations) if text for name in _annotation_names(text)]
    return [
        name
        for name in dict.fromkeys(names)
        if name in vars(module) and name not in tool_names and name != "main" and not name.startswith("_codemode")
    ]


def _introspect(path):
    try:
        with _tokenize.open(path) as handle:
            source = handle.read()
        tree = _ast.parse(source, filename=path)
    except SyntaxError as error:
        return {"ok": False, "problem": {"kind": "syntax", "line": error.lineno, "message": _one_line(error.msg)}}
    except UnicodeDecodeError as error:
        return {"ok": False, "problem": {"kind": "syntax", "line": None, "message": _one_line(error)}}
    try:
        with _contextlib.redirect_stdout(sys.stderr):
            module = load_tools(path)
    except BaseException as error:
        return {"ok": False, "problem": {"kind": "import", "type": type(error).__name__, "message": _one_line(error)}}
    functions = _public_functions(module)
    if not functions:
        return {"ok": False, "problem": {"kind": "no_tools"}}
    for name, _ in functions:
        reason = _name_problem(name)
        if reason:
            return {"ok": False, "problem": {"kind": "tool_name", "name": name, "reason": reason}}
    has_deps = callable(getattr(module, _DEPS_FUNCTION, None))
    nodes = _function_nodes(tree.body, {})
    lines = _source_lines(source)
    tools = [
        _describe_tool(name, function, lines, _defining_node(function, nodes, path), has_deps)
        for name, function in functions
    ]
    return {"ok": True, "tools": tools, "has_deps": has_deps, "declarations": _declarations(module, tools)}


sys.stdout.write(_json.dumps(_introspect(sys.argv[1])))
`;

// src/engine/python/extract.ts
var ProblemSchema = external_exports.discriminatedUnion("kind", [
  external_exports.object({ kind: external_exports.literal("syntax"), line: external_exports.number().nullable(), message: external_exports.string() }),
  external_exports.object({ kind: external_exports.literal("import"), type: external_exports.string(), message: external_exports.string() }),
  external_exports.object({ kind: external_exports.literal("no_tools") }),
  external_exports.object({
    kind: external_exports.literal("tool_name"),
    name: external_exports.string(),
    reason: external_exports.enum(["main", "reserved", "identifier", "keyword"])
  })
]);
var IntrospectionSchema = external_exports.discriminatedUnion("ok", [
  external_exports.object({
    ok: external_exports.literal(true),
    tools: external_exports.array(ToolSpecSchema.extend({ takes_context: external_exports.boolean() })),
    has_deps: external_exports.boolean(),
    declarations: external_exports.array(external_exports.string())
  }),
  external_exports.object({ ok: external_exports.literal(false), problem: ProblemSchema })
]);
function describeProblem(problem, relativePath) {
  switch (problem.kind) {
    case "syntax":
      return `Syntax error in ${relativePath}${problem.line === null ? "" : ` line ${problem.line}`}: ${problem.message}`;
    case "import":
      return `Importing ${relativePath} failed: ${problem.type}${problem.message ? `: ${problem.message}` : ""}`;
    case "no_tools":
      return `No public functions found in ${relativePath}`;
    case "tool_name":
      return {
        main: `Tool 'main' in ${relativePath} conflicts with the generated main(); rename it`,
        reserved: `Tool '${problem.name}' in ${relativePath} uses the reserved prefix _codemode; rename it`,
        identifier: `Tool name '${problem.name}' in ${relativePath} is not a valid Python identifier`,
        keyword: `Tool name '${problem.name}' in ${relativePath} is a Python keyword`
      }[problem.reason];
  }
}
async function extractPythonTools({ absolute, relative }, context) {
  const introspection = await runPythonForJson(
    context,
    INTROSPECT_SCRIPT,
    [absolute],
    `extracting tools from ${relative}`,
    IntrospectionSchema
  );
  if (!introspection.ok) throw usageError(describeProblem(introspection.problem, relative));
  return {
    language: "python",
    path: absolute,
    relative_path: relative,
    tools: introspection.tools.map(({ takes_context: _, ...tool }) => tool),
    declarations: introspection.declarations,
    data: {
      has_deps: introspection.has_deps,
      context_tools: introspection.tools.filter((tool) => tool.takes_context).map((tool) => tool.name)
    }
  };
}

// src/engine/python/index.ts
var pythonLanguage = {
  language: "python",
  runnerFileName: PYTHON_RUNNER_FILE,
  extract: extractPythonTools,
  renderRunner: renderPythonRunner,
  check: checkPythonRunner,
  executionCommand(runnerPath, module, context) {
    const importPath = [path2.dirname(module.path), context.env.PYTHONPATH].filter(Boolean).join(path2.delimiter);
    return {
      file: context.python,
      args: ["-X", "utf8", runnerPath],
      env: { PYTHONDONTWRITEBYTECODE: "1", PYTHONUNBUFFERED: "1", PYTHONPATH: importPath }
    };
  }
};
export {
  pythonLanguage
};
