import { TOOLS_LOADER_SOURCE } from './loader-source.js';

/**
 * The runner's internals, placed after the tool wrappers in its protected tools region: imports, tracing of tool calls,
 * conversion of results to JSON, and the report written to CODEMODE_RESULT_PATH. Every name starts with
 * `_codemode` so that no tool or helper written in main() can collide with it.
 */
export const RUNTIME_SOURCE = String.raw`import asyncio as _codemode_asyncio
import base64 as _codemode_base64
import dataclasses as _codemode_dataclasses
import datetime as _codemode_datetime
import decimal as _codemode_decimal
import enum as _codemode_enum
import importlib.util as _codemode_importlib_util
import inspect as _codemode_inspect
import json as _codemode_json
import math as _codemode_math
import os as _codemode_os
import pathlib as _codemode_pathlib
import sys as _codemode_sys
import traceback as _codemode_traceback
import uuid as _codemode_uuid
from collections.abc import Mapping as _codemode_Mapping
from time import perf_counter as _codemode_clock

_codemode_started = _codemode_clock()
# One list per tool call: [tool, names, positional, keywords, start, end, ok, result or exception].
_codemode_calls = []
_codemode_TRACE_TEXT = 1000
_codemode_TRACE_ITEMS = 50
_codemode_TRACE_DEPTH = 6
_codemode_OUTPUT_DEPTH = 100
_codemode_ASYNCIO_FOLDER = _codemode_os.path.dirname(_codemode_asyncio.__file__) + _codemode_os.sep


def _codemode_call(tool, function, names, positional, keywords):
    call = [tool, names, positional, keywords, _codemode_clock(), None, False, None]
    _codemode_calls.append(call)
    try:
        result = function(*positional, **keywords)
    except BaseException as error:
        call[5], call[7] = _codemode_clock(), error
        raise
    call[5], call[6], call[7] = _codemode_clock(), True, result
    return result


async def _codemode_call_async(tool, function, names, positional, keywords):
    call = [tool, names, positional, keywords, _codemode_clock(), None, False, None]
    _codemode_calls.append(call)
    try:
        result = await function(*positional, **keywords)
    except BaseException as error:
        call[5], call[7] = _codemode_clock(), error
        raise
    call[5], call[6], call[7] = _codemode_clock(), True, result
    return result


def _codemode_given(positional):
    """Positional arguments up to the first one left at its default."""
    for index, value in enumerate(positional):
        if value is _codemode_DEFAULT:
            return positional[:index]
    return positional


def _codemode_given_keywords(keywords):
    return {name: value for name, value in keywords.items() if value is not _codemode_DEFAULT}


class _codemode_Context:
    """Passed to tools that take ctx: ctx.deps is the value of the module's codemode_deps(), made on first use."""

    __slots__ = ("_codemode_deps",)

    @property
    def deps(self):
        if not hasattr(self, "_codemode_deps"):
            factory = getattr(_codemode_tools, "codemode_deps", None)
            if factory is None:
                raise RuntimeError("the tools module defines no codemode_deps(), so ctx.deps is unavailable")
            self._codemode_deps = factory()
        return self._codemode_deps


_codemode_context = _codemode_Context()


def _codemode_shorten(text):
    if len(text) <= _codemode_TRACE_TEXT:
        return text
    return f"{text[:_codemode_TRACE_TEXT]}... (+{len(text) - _codemode_TRACE_TEXT} chars)"


def _codemode_repr(value, notes, where, preview, reason):
    notes.append(f"{where} ({type(value).__qualname__}) {reason}; shown as repr()")
    try:
        text = repr(value)
    except Exception as error:
        text = f"<{type(value).__qualname__} object; repr() failed: {error}>"
    return _codemode_shorten(text) if preview else text


def _codemode_jsonable(value, notes, where, preview=False, depth=0):
    """Converts value to JSON data; preview shortens long text and collections (for the trace)."""
    if isinstance(value, _codemode_enum.Enum):
        return _codemode_jsonable(value.value, notes, where, preview, depth)
    if value is None or isinstance(value, (bool, int)):
        return value
    if isinstance(value, float):
        if _codemode_math.isfinite(value):
            return value
        notes.append(f"{where} is {value!r}, which JSON cannot hold; shown as text")
        return repr(value)
    if isinstance(value, str):
        return _codemode_shorten(value) if preview else value
    if depth > (_codemode_TRACE_DEPTH if preview else _codemode_OUTPUT_DEPTH):
        return _codemode_repr(value, notes, where, preview, "is nested too deeply")
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
        try:
            return _codemode_jsonable(data.decode("utf-8"), notes, where, preview, depth)
        except UnicodeDecodeError:
            notes.append(f"{where} holds bytes that are not UTF-8; shown base64-encoded")
            return _codemode_jsonable(_codemode_base64.b64encode(data).decode("ascii"), notes, where, preview, depth)
    if isinstance(value, (_codemode_datetime.date, _codemode_datetime.time)):
        return value.isoformat()
    if isinstance(value, (_codemode_decimal.Decimal, _codemode_uuid.UUID, _codemode_pathlib.PurePath)):
        return str(value)
    if _codemode_dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = [(field.name, getattr(value, field.name)) for field in _codemode_dataclasses.fields(value)]
        return _codemode_jsonable_items(fields, len(fields), notes, where, preview, depth)
    if callable(getattr(value, "model_dump", None)) and not isinstance(value, type):
        return _codemode_jsonable(value.model_dump(), notes, where, preview, depth)
    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        return _codemode_jsonable(value._asdict(), notes, where, preview, depth)
    if isinstance(value, _codemode_Mapping):
        return _codemode_jsonable_items(value.items(), len(value), notes, where, preview, depth)
    if isinstance(value, (list, tuple)):
        return _codemode_jsonable_list(value, notes, where, preview, depth)
    if isinstance(value, (set, frozenset)):
        try:
            ordered = sorted(value)
        except TypeError:
            ordered = list(value)
        return _codemode_jsonable_list(ordered, notes, where, preview, depth)
    return _codemode_repr(value, notes, where, preview, "is not JSON-serialisable")


def _codemode_jsonable_items(items, size, notes, where, preview, depth):
    result = {}
    for index, (key, item) in enumerate(items):
        if preview and index == _codemode_TRACE_ITEMS:
            result["..."] = f"+{size - index} more entries"
            break
        name = key if isinstance(key, str) else str(key)
        result[name] = _codemode_jsonable(item, notes, f"{where}.{name}", preview, depth + 1)
    return result


def _codemode_jsonable_list(values, notes, where, preview, depth):
    shown = values[:_codemode_TRACE_ITEMS] if preview else values
    result = [_codemode_jsonable(item, notes, f"{where}[{index}]", preview, depth + 1) for index, item in enumerate(shown)]
    if len(shown) < len(values):
        result.append(f"... +{len(values) - len(shown)} more items")
    return result


def _codemode_join_notes(notes):
    unique = list(dict.fromkeys(notes))
    if len(unique) <= 3:
        return "; ".join(unique) or None
    return f"{'; '.join(unique[:3])}; and {len(unique) - 3} more"


def _codemode_describe(error):
    message = str(error)
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def _codemode_named_args(names, positional, keywords):
    named = {}
    for index, name in enumerate(names):
        if name.startswith("*"):
            named[name[1:]] = positional[index:]
            break
        if name and index < len(positional):
            named[name] = positional[index]
    named.update(keywords)
    return named


def _codemode_trace():
    entries = []
    for tool, names, positional, keywords, start, end, ok, value in _codemode_calls:
        args = _codemode_jsonable(_codemode_named_args(names, positional, keywords), [], "args", True)
        entry = {
            "tool": tool,
            "args": args,
            "ok": ok,
            "start_ms": round((start - _codemode_started) * 1000, 3),
            "duration_ms": round(((_codemode_clock() if end is None else end) - start) * 1000, 3),
        }
        if ok:
            entry["result"] = _codemode_jsonable(value, [], "result", True)
        else:
            entry["error"] = "the call had not finished when main() ended" if end is None else _codemode_describe(value)
        entries.append(entry)
    return entries


def _codemode_internal_frame(frame):
    return frame.name.startswith("_codemode") or frame.filename.startswith(_codemode_ASYNCIO_FOLDER)


def _codemode_failure(error):
    summary = _codemode_traceback.TracebackException(type(error), error, error.__traceback__)
    kept = [frame for frame in summary.stack if not _codemode_internal_frame(frame)]
    summary.stack = _codemode_traceback.StackSummary.from_list(kept)
    details = {"type": type(error).__name__, "message": str(error), "traceback": "".join(summary.format())}
    return {"ok": False, "output": None, "output_note": None, "error": details}


def _codemode_write_report(report):
    report["trace"] = _codemode_trace()
    text = _codemode_json.dumps(report)
    destination = _codemode_os.environ.get("CODEMODE_RESULT_PATH")
    if destination:
        with open(destination, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        print(text)


async def _codemode_awaited(awaitable):
    return await awaitable


def _codemode_run(entry):
    """Runs main() (sync or async), writes the report to CODEMODE_RESULT_PATH, and exits 1 when it failed."""
    try:
        value = entry()
        if _codemode_inspect.isawaitable(value):
            value = _codemode_asyncio.run(_codemode_awaited(value))
        notes = []
        output = _codemode_jsonable(value, notes, "output")
        report = {"ok": True, "output": output, "output_note": _codemode_join_notes(notes), "error": None}
    except BaseException as error:
        report = _codemode_failure(error)
        print(report["error"]["traceback"], end="", file=_codemode_sys.stderr)
    _codemode_write_report(report)
    if not report["ok"]:
        raise SystemExit(1)


def _codemode_excepthook(kind, error, traceback):
    _codemode_sys.__excepthook__(kind, error, traceback)
    _codemode_write_report(_codemode_failure(error))


if __name__ == "__main__":
    _codemode_sys.excepthook = _codemode_excepthook


${TOOLS_LOADER_SOURCE}`;
