"""Runtime of the generated Code Mode runner beside this file: traces tool calls and writes the report.

Generated with the runner and checked to be unchanged after the edit; main() must not use it.
"""
import base64
import dataclasses
import datetime
import decimal
import enum
import importlib.machinery
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


class Converter:
    """Converts values to JSON data. A preview (for the trace) trims long text and collections and nests less
    deeply; the TypeScript runtime follows the same rules, so both languages report values alike."""

    def __init__(self, preview):
        self.preview = preview
        self.depth = TRACE_DEPTH if preview else OUTPUT_DEPTH
        self.notes = []
        self.ancestors = set()

    def text(self, text):
        if not self.preview or len(text) <= TRACE_TEXT:
            return text
        return f"{text[:TRACE_TEXT]}... (+{len(text) - TRACE_TEXT} chars)"

    def convert(self, value, where, depth=0):
        if isinstance(value, enum.Enum):
            return self.convert(value.value, where, depth)
        if value is None or isinstance(value, (bool, int)):
            return value
        if isinstance(value, float):
            if math.isfinite(value):
                return value
            text = "NaN" if math.isnan(value) else "Infinity" if value > 0 else "-Infinity"
            self.notes.append(f"{where} is {text}, which JSON cannot hold; shown as text")
            return text
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, (bytes, bytearray, memoryview)):
            data = bytes(value)
            try:
                return self.text(data.decode("utf-8"))
            except UnicodeDecodeError:
                self.notes.append(f"{where} holds bytes that are not UTF-8; shown base64-encoded")
                return self.text(base64.b64encode(data).decode("ascii"))
        if isinstance(value, (datetime.date, datetime.time)):
            return iso_format(value)
        if isinstance(value, (decimal.Decimal, uuid.UUID, pathlib.PurePath)):
            return str(value)
        if isinstance(value, BaseException):
            return {"type": type(value).__name__, "message": self.text(str(value))}
        if callable(getattr(value, "model_dump", None)) and not isinstance(value, type):
            return self.convert(value.model_dump(), where, depth)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            fields = [(field.name, getattr(value, field.name)) for field in dataclasses.fields(value)]
            return self.container(value, fields, True, where, depth)
        if isinstance(value, tuple) and hasattr(value, "_asdict"):
            return self.container(value, list(value._asdict().items()), True, where, depth)
        if isinstance(value, Mapping):
            return self.container(value, list(value.items()), True, where, depth)
        if isinstance(value, (list, tuple)):
            return self.container(value, value, False, where, depth)
        if isinstance(value, (set, frozenset)):
            try:
                ordered = sorted(value)
            except TypeError:
                ordered = list(value)
            return self.container(value, ordered, False, where, depth)
        self.notes.append(f"{where} ({type(value).__qualname__}) is not JSON-serialisable; shown as text")
        try:
            return self.text(repr(value))
        except Exception as error:
            return self.text(f"<{type(value).__qualname__} object; repr() failed: {error}>")

    def container(self, value, children, keyed, where, depth):
        """A list, or an object when keyed (children are then (key, value) pairs)."""
        if id(value) in self.ancestors:
            self.notes.append(f'{where} contains itself; shown as "[Circular]"')
            return "[Circular]"
        size = len(children)
        if depth > self.depth:
            self.notes.append(f"{where} is nested too deeply; shown as a summary")
            return f"{{... {size} {'entry' if size == 1 else 'entries'}}}" if keyed else f"[... {size} {'item' if size == 1 else 'items'}]"
        shown = children[:TRACE_ITEMS] if self.preview else children
        self.ancestors.add(id(value))
        try:
            if keyed:
                result = {}
                for key, item in shown:
                    name = key if isinstance(key, str) else str(key)
                    result[name] = self.convert(item, f"{where}.{name}", depth + 1)
                if len(shown) < size:
                    result["..."] = f"+{size - len(shown)} more entries"
                return result
            result = [self.convert(item, f"{where}[{index}]", depth + 1) for index, item in enumerate(shown)]
            if len(shown) < size:
                result.append(f"... +{size - len(shown)} more items")
            return result
        finally:
            self.ancestors.discard(id(value))


def iso_format(value):
    """ISO 8601 as JavaScript writes it: UTC as Z, fractions of seconds only when there are any, in milliseconds when exact."""
    if not isinstance(value, (datetime.datetime, datetime.time)):
        return value.isoformat()
    microseconds = value.microsecond
    text = value.isoformat(timespec="seconds" if not microseconds else "milliseconds" if microseconds % 1000 == 0 else "auto")
    return f"{text[:-6]}Z" if text.endswith("+00:00") else text


def preview(value, where):
    return Converter(True).convert(value, where)


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
            "args": preview(named_args(names, positional, keywords), "args"),
            "ok": ok,
            "start_ms": round((start - STARTED) * 1000, 3),
            "duration_ms": round(((clock() if end is None else end) - start) * 1000, 3),
        }
        if ok:
            entry["result"] = preview(value, "result")
        else:
            entry["error"] = "the call had not finished when main() ended" if end is None else describe(value)
        entries.append(entry)
    return entries


def failure(error):
    # asyncio is imported only when used (introspection imports this module too): frames of its files are internal.
    asyncio = sys.modules.get("asyncio")
    internal = (__file__, os.path.dirname(asyncio.__file__) + os.sep) if asyncio else (__file__,)
    summary = traceback.TracebackException(type(error), error, error.__traceback__)
    summary.stack = traceback.StackSummary.from_list([frame for frame in summary.stack if not frame.filename.startswith(internal)])
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
            import asyncio

            value = asyncio.run(awaited(value))
        converter = Converter(False)
        output = converter.convert(value, "output")
        report = {"ok": True, "output": output, "output_note": join_notes(converter.notes), "error": None}
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


# Shared with introspect.py, so that the tools module is imported the same way when extracting and when running.
def load_tools(relative_path):
    """Imports the tools module by its path, with the repository root and its own folder importable."""
    path = os.path.abspath(relative_path)
    for folder in (os.getcwd(), os.path.dirname(path)):
        if folder not in sys.path:
            sys.path.insert(0, folder)
    stem = os.path.splitext(os.path.basename(path))[0]
    name = stem if stem.isidentifier() and stem not in sys.modules else "_codemode_user_tools"
    # An explicit loader also takes extensions importlib does not know, such as tools.PY.
    spec = importlib.util.spec_from_file_location(name, path, loader=importlib.machinery.SourceFileLoader(name, path))
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
