"""Values between the program and the tool host (docs/tool-host.md), and how values are shown in the report.

Shared by the host and the program, as is Receiver, which reads the channel. encode() turns a Python value into
JSON data with tagged values; decode() turns such data back into values, building nothing but plain data and
instances of types the caller lets it resolve: it never evaluates or unpickles anything. Converter and preview()
give the trace previews and the serialised output, with the same rules as the TypeScript runtime.
"""

import base64
import builtins
import collections
import dataclasses
import datetime
import decimal
import enum
import json
import math
import pathlib
import uuid
from collections.abc import Mapping

TRACE_TEXT = 1000
TRACE_ITEMS = 50
TRACE_DEPTH = 6
OUTPUT_DEPTH = 100
# The largest message either side sends (the spec's max_message_bytes overrides it in the host).
MAX_MESSAGE_BYTES = 64 * 1024 * 1024
# Type names of the tools module's types start with this, whatever name the module was imported under.
TOOLS_PREFIX = "tools:"
KINDS = ("dataclass", "pydantic", "namedtuple", "enum", "typeddict", "class", "exception")

# The tools module of this process, once loaded (set by whoever loads it).
tools_module_name = None


class DecodeError(ValueError):
    """Data that is not a value of the protocol."""


class EncodeError(TypeError):
    """A value that cannot be sent."""


# --- Stand-ins for instances of types this side cannot import -----------------------------------------------


class Remote:
    """An instance of a type that could not be imported here, with the same attributes."""

    _codemode_type = "?"
    _codemode_kind = "class"

    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    def __hash__(self):
        return hash((self._codemode_type, tuple(sorted((key, repr(value)) for key, value in vars(self).items()))))

    def __repr__(self):
        if self._codemode_kind == "enum":
            return f"<{type(self).__name__}: {self.value!r}>"
        fields = ", ".join(f"{key}={value!r}" for key, value in vars(self).items())
        return f"{type(self).__name__}({fields})"


class ToolError(Exception):
    """Stands for an exception whose type could not be imported here; its class is named like the original."""

    error_type = "?"


_remote_types = {}


def _short_name(type_name):
    name = type_name.rsplit(":", 1)[-1].rsplit(".", 1)[-1]
    return name if name.isidentifier() else "Remote"


def remote_type(type_name, kind, fields=None):
    """One class per type name, so that isinstance() against the runner's binding of the name and == behave."""
    family = kind if kind in ("namedtuple", "exception") else "object"
    key = (type_name, family, tuple(fields or ()) if family == "namedtuple" else ())
    found = _remote_types.get(key)
    if found is None:
        name = _short_name(type_name)
        if kind == "exception":
            found = type(name, (ToolError,), {"error_type": type_name, "__module__": "tools"})
        elif kind == "namedtuple" and fields and all(isinstance(f, str) and f.isidentifier() and not f.startswith("_") for f in fields):
            found = collections.namedtuple(name, fields)
            found._codemode_type = type_name
        else:
            found = type(name, (Remote,), {"_codemode_type": type_name, "_codemode_kind": kind, "__module__": "tools"})
        _remote_types[key] = found
    elif family == "object" and kind != "class":
        # The runner's binding made the class before any value showed which kind the type is.
        found._codemode_kind = kind
    return found


def type_name(cls):
    if tools_module_name is not None and cls.__module__ == tools_module_name:
        return TOOLS_PREFIX + cls.__qualname__
    return f"{cls.__module__}:{cls.__qualname__}"


def exception_payload(error):
    """The fields of an exception sent across: type, module, message, and its args and attributes when they can be sent."""
    cls = type(error)
    remote = getattr(cls, "error_type", None) if isinstance(error, ToolError) else None
    if remote:
        module, _, name = remote.rpartition(":")
    else:
        module, name = cls.__module__, cls.__qualname__
        if tools_module_name is not None and module == tools_module_name:
            module = "tools"
    payload = {"type": name, "module": module, "message": str(error)}
    try:
        payload["args"] = encode(list(error.args))
    except (EncodeError, ValueError, RecursionError):
        pass
    attributes = {}
    for key, value in vars(error).items() if hasattr(error, "__dict__") else ():
        if key.startswith("__"):
            continue
        try:
            attributes[key] = encode(value)
        except (EncodeError, ValueError, RecursionError):
            continue
    if attributes:
        payload["attributes"] = attributes
    return payload


# --- Encoding ------------------------------------------------------------------------------------------------


def encode(value):
    """JSON data for value, with the tagged forms of docs/tool-host.md; EncodeError when it cannot be sent."""
    if is_plain(value):
        return value
    return _Encoder().encode(value)


_SCALARS = (str, int, bool, type(None))


def is_plain(value, depth=0):
    """Whether value is plain JSON that stands for itself: str, int, finite float, bool, None, and lists and dicts
    (with string keys not starting with $) of those, none of a subclass. Deep or self-containing values are not
    judged here (the tag walk handles them)."""
    kind = type(value)
    if kind in _SCALARS:
        return True
    if kind is float:
        return value - value == 0
    if depth > 20:
        return False
    if kind is list:
        for item in value:
            if type(item) not in _SCALARS and not is_plain(item, depth + 1):
                return False
        return True
    if kind is dict:
        for key, item in value.items():
            if type(key) is not str or key.startswith("$"):
                return False
            if type(item) not in _SCALARS and not is_plain(item, depth + 1):
                return False
        return True
    return False


class _Encoder:
    def __init__(self):
        self.ancestors = set()

    def encode(self, value):
        if value is None or (isinstance(value, (bool, str)) and type(value) in (bool, str)):
            return value
        if isinstance(value, enum.Enum):
            return self.object(value, "enum", self.encode(value.value), name=value.name)
        if isinstance(value, bool):
            return bool(value)
        if isinstance(value, int):
            return int(value)
        if isinstance(value, float):
            if math.isfinite(value):
                return float(value)
            return {"$float": "NaN" if math.isnan(value) else "Infinity" if value > 0 else "-Infinity"}
        if isinstance(value, str):
            return str(value)
        if isinstance(value, (bytes, bytearray, memoryview)):
            return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
        if isinstance(value, datetime.datetime):
            return {"$datetime": value.isoformat()}
        if isinstance(value, datetime.date):
            return {"$date": value.isoformat()}
        if isinstance(value, datetime.time):
            return {"$time": value.isoformat()}
        if isinstance(value, decimal.Decimal):
            return {"$decimal": str(value)}
        if isinstance(value, (uuid.UUID, pathlib.PurePath)):
            return str(value)
        if isinstance(value, type) or (callable(value) and not hasattr(value, "__dict__") and not hasattr(type(value), "__slots__")):
            raise EncodeError(f"a value of type {type(value).__qualname__} cannot be sent")
        return self.container(value)

    def container(self, value):
        if id(value) in self.ancestors:
            raise EncodeError("a value that contains itself cannot be sent")
        self.ancestors.add(id(value))
        try:
            return self.structured(value)
        finally:
            self.ancestors.discard(id(value))

    def structured(self, value):
        cls = type(value)
        if isinstance(value, Remote):
            fields = {key: self.encode(item) for key, item in vars(value).items()}
            if value._codemode_kind == "enum":
                return {"$object": {"type": value._codemode_type, "kind": "enum", "value": fields.get("value"), "name": fields.get("name")}}
            return {"$object": {"type": value._codemode_type, "kind": value._codemode_kind, "value": fields}}
        if isinstance(value, BaseException):
            payload = exception_payload(value)
            return self.object(
                value, "exception", {"args": payload.get("args", [payload["message"]]), "attributes": payload.get("attributes", {})}
            )
        model_fields = getattr(cls, "model_fields", None)
        if isinstance(model_fields, Mapping) and callable(getattr(value, "model_dump", None)):
            return self.object(value, "pydantic", {name: self.encode(getattr(value, name)) for name in model_fields})
        if dataclasses.is_dataclass(value):
            fields = {field.name: self.encode(getattr(value, field.name)) for field in dataclasses.fields(value)}
            return self.object(value, "dataclass", fields)
        if isinstance(value, tuple) and isinstance(getattr(cls, "_fields", None), tuple):
            if getattr(cls, "_codemode_type", None):
                return {
                    "$object": {
                        "type": cls._codemode_type,
                        "kind": "namedtuple",
                        "value": [self.encode(item) for item in value],
                        "fields": list(cls._fields),
                    }
                }
            return self.object(value, "namedtuple", [self.encode(item) for item in value], fields=list(cls._fields))
        if isinstance(value, Mapping):
            items = list(value.items())
            if all(type(key) is str and not key.startswith("$") for key, _ in items):
                return {key: self.encode(item) for key, item in items}
            return {"$map": [[self.encode(key), self.encode(item)] for key, item in items]}
        if isinstance(value, list):
            return [self.encode(item) for item in value]
        if isinstance(value, tuple):
            return {"$tuple": [self.encode(item) for item in value]}
        if isinstance(value, (set, frozenset)):
            return {"$set": [self.encode(item) for item in value]}
        fields = _attributes(value)
        if fields is None:
            raise EncodeError(f"a value of type {cls.__qualname__} cannot be sent")
        return self.object(value, "class", {key: self.encode(item) for key, item in fields.items()})

    @staticmethod
    def object(value, kind, encoded, **extra):
        return {"$object": {"type": type_name(type(value)), "kind": kind, "value": encoded, **extra}}


def _attributes(value):
    """The instance attributes of a plain object (its __dict__ and slots), or None when it has neither."""
    if isinstance(value, (type(_attributes), type(len), type(json), type(Remote.__repr__))):
        return None
    fields = {}
    has = False
    for cls in type(value).__mro__:
        slots = cls.__dict__.get("__slots__", ())
        for slot in (slots,) if isinstance(slots, str) else slots:
            if slot in ("__dict__", "__weakref__"):
                continue
            has = True
            try:
                fields[slot] = getattr(value, slot)
            except AttributeError:
                pass
    if hasattr(value, "__dict__") and isinstance(value.__dict__, dict):
        has = True
        fields.update(value.__dict__)
    return fields if has else None


_c_make_encoder = getattr(json.encoder, "c_make_encoder", None)


def json_encoder(separators=(",", ":"), sort_keys=False, allow_nan=False, default=None):
    """A function giving the JSON text of a value (non-ASCII kept), with the C encoder that JSONEncoder.encode
    would build anew for each value built once. It checks no cycles: it encodes data decoded from JSON, encoded
    values or previews, which have none (a value that contains itself cannot be encoded)."""
    fallback = json.JSONEncoder(ensure_ascii=False, allow_nan=allow_nan, sort_keys=sort_keys, separators=separators, default=default)
    if _c_make_encoder is None:
        return fallback.encode
    encoder = _c_make_encoder(
        None, fallback.default, json.encoder.encode_basestring, None, separators[1], separators[0], sort_keys, False, allow_nan
    )

    def text(value):
        try:
            return "".join(encoder(value, 0))
        except RecursionError:
            return fallback.encode(value)

    return text


json_text = json_encoder()


def dumps(message):
    """One message as one line of UTF-8 JSON."""
    return (json_text(message) + "\n").encode("utf-8")


def _no_constant(name):
    raise DecodeError(f"{name} is not JSON")


_json_decoder = json.JSONDecoder(parse_constant=_no_constant)


def _scan_object(text):
    """The object a line that is exactly one JSON object holds, read by the decoder's scanner without the
    whitespace checks around it; None leaves any other line, and the error of a broken one, to the decoder."""
    if not text.startswith("{"):
        return None
    try:
        value, end = _json_decoder.scan_once(text, 0)
    except (StopIteration, ValueError):
        return None
    return value if end == len(text) else None


def loads(line):
    """The message on one line (text, or UTF-8 bytes or a view of them); DecodeError when it is not a JSON object."""
    try:
        text = line if isinstance(line, str) else str(line, "utf-8")
        message = _scan_object(text)
        if message is None:
            message = _json_decoder.decode(text)
    except (ValueError, RecursionError) as error:
        raise DecodeError(f"not a JSON message: {error}") from None
    if not isinstance(message, dict):
        raise DecodeError("a message must be a JSON object")
    return message


# --- Decoding ------------------------------------------------------------------------------------------------


def decode(data, resolve=None):
    """The value the data stands for. `resolve(type name)` gives the class of an $object, or None for a stand-in."""
    if type(data) in _SCALARS or type(data) is float:
        return data
    try:
        return _decode(data, resolve)
    except RecursionError:
        raise DecodeError("the value is nested too deeply") from None


# What JSON decodes to that stands for itself; the items of a list or object of these need no walk.
_LEAVES = frozenset((str, int, float, bool, type(None)))


def _decode(data, resolve):
    if isinstance(data, list):
        return [item if type(item) in _LEAVES else _decode(item, resolve) for item in data]
    if isinstance(data, dict):
        if len(data) == 1:
            ((key, inner),) = data.items()
            if key.startswith("$"):
                return _tagged(key, inner, resolve)
        return {key: item if type(item) in _LEAVES else _decode(item, resolve) for key, item in data.items()}
    if data is None or isinstance(data, (bool, int, float, str)):
        return data
    raise DecodeError(f"unexpected {type(data).__name__}")


def _text(tag, inner):
    if not isinstance(inner, str):
        raise DecodeError(f"{tag} needs a string")
    return inner


def _items(tag, inner, resolve):
    if not isinstance(inner, list):
        raise DecodeError(f"{tag} needs a list")
    return [_decode(item, resolve) for item in inner]


def _tagged(tag, inner, resolve):
    try:
        if tag == "$bytes":
            return base64.b64decode(_text(tag, inner), validate=True)
        if tag == "$datetime":
            return datetime.datetime.fromisoformat(_text(tag, inner))
        if tag == "$date":
            return datetime.date.fromisoformat(_text(tag, inner))
        if tag == "$time":
            return datetime.time.fromisoformat(_text(tag, inner))
        if tag == "$set":
            return set(_items(tag, inner, resolve))
        if tag == "$tuple":
            return tuple(_items(tag, inner, resolve))
        if tag == "$float":
            if inner not in ("NaN", "Infinity", "-Infinity"):
                raise DecodeError("$float is NaN, Infinity or -Infinity")
            return float(inner.lower().replace("infinity", "inf"))
        if tag == "$decimal":
            return decimal.Decimal(_text(tag, inner))
        if tag == "$map":
            pairs = _items(tag, inner, resolve)
            if not all(isinstance(pair, list) and len(pair) == 2 for pair in pairs):
                raise DecodeError("$map needs [key, value] pairs")
            return {key: value for key, value in pairs}
        if tag == "$object":
            return _object(inner, resolve)
    except DecodeError:
        raise
    except (ValueError, TypeError, decimal.InvalidOperation) as error:
        raise DecodeError(f"bad {tag}: {error}") from None
    raise DecodeError(f"unknown tag {tag}")


def _object(inner, resolve):
    if not isinstance(inner, dict) or not isinstance(inner.get("type"), str) or inner.get("kind") not in KINDS:
        raise DecodeError("$object needs a type and a known kind")
    name, kind = inner["type"], inner["kind"]
    value = _decode(inner.get("value"), resolve)
    if kind == "typeddict":
        if not isinstance(value, dict):
            raise DecodeError("a typeddict's value is an object")
        return value
    fields = inner.get("fields")
    if kind == "namedtuple" and not (
        isinstance(value, list) and (fields is None or (isinstance(fields, list) and len(fields) == len(value)))
    ):
        raise DecodeError("a namedtuple's value is a list, with one field name per item")
    if kind in ("dataclass", "pydantic", "class") and not (isinstance(value, dict) and all(isinstance(k, str) for k in value)):
        raise DecodeError(f"a {kind}'s value is an object")
    if kind == "exception" and not (isinstance(value, dict) and isinstance(value.get("args", []), list)):
        raise DecodeError("an exception's value is an object with args")
    cls = resolve(name) if resolve else None
    if isinstance(cls, type):
        try:
            return build(cls, kind, value)
        except Exception:
            pass
    return stand_in(name, kind, value, fields, inner.get("name"))


def build(cls, kind, value):
    """An instance of cls from decoded fields, set directly so that no constructor logic runs twice."""
    if kind == "enum":
        if not issubclass(cls, enum.Enum):
            raise TypeError("not an enum")
        return cls(value)
    if kind == "namedtuple":
        if not (issubclass(cls, tuple) and hasattr(cls, "_make")):
            raise TypeError("not a namedtuple")
        return cls._make(value)
    if kind == "exception":
        if not issubclass(cls, BaseException):
            raise TypeError("not an exception")
        return build_exception(cls, value.get("args", []), value.get("attributes") or {})
    if kind == "pydantic" and callable(getattr(cls, "model_construct", None)):
        return cls.model_construct(**value)
    if kind == "dataclass" and not dataclasses.is_dataclass(cls):
        raise TypeError("not a dataclass")
    if issubclass(cls, (BaseException, enum.Enum, tuple, type)) or cls.__module__ == "builtins":
        raise TypeError("not a plain class")
    instance = object.__new__(cls)
    for key, item in value.items():
        object.__setattr__(instance, key, item)
    return instance


def build_exception(cls, args, attributes, message=None):
    """An exception of cls with these args (and attributes); its own __init__ runs when it accepts them."""
    args = tuple(args)
    try:
        error = cls(*args)
        if message is not None and str(error) != message:
            raise TypeError("different message")
    except Exception:
        error = cls.__new__(cls, *args)
        error.args = args if message is None or not args or str(args[0]) == message else (message,)
    for key, item in attributes.items():
        try:
            setattr(error, key, item)
        except Exception:
            pass
    return error


def stand_in(name, kind, value, fields=None, member_name=None):
    if kind == "enum":
        instance = object.__new__(remote_type(name, "enum"))
        instance.__dict__.update({"value": value, "name": member_name})
        return instance
    if kind == "namedtuple":
        cls = remote_type(name, kind, fields)
        return cls._make(value) if hasattr(cls, "_make") else tuple(value)
    if kind == "exception":
        args = value.get("args", [])
        return build_exception(remote_type(name, kind), args, value.get("attributes") or {})
    instance = object.__new__(remote_type(name, kind))
    instance.__dict__.update(value)
    return instance


def builtin_exception(name):
    """A builtin exception class by name, or None."""
    found = getattr(builtins, name, None)
    return found if isinstance(found, type) and issubclass(found, BaseException) else None


# --- Previews and the output ----------------------------------------------------------------------------------


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
        if isinstance(value, Remote):
            if value._codemode_kind == "enum":
                return self.convert(value.__dict__.get("value"), where, depth)
            return self.container(value, list(vars(value).items()), True, where, depth)
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
    if type(value) is Previewed:
        return value.shown
    if _shown_as_is(value, 0):
        return value
    return Converter(True).convert(value, where)


class Previewed:
    """A value's preview, kept in its stead until the report is written (the host keeps no large value that long)."""

    __slots__ = ("shown",)

    def __init__(self, value, where):
        self.shown = preview(value, where)


def _shown_as_is(value, depth):
    """Whether the preview of value is value itself: plain JSON within the preview's limits."""
    kind = type(value)
    if kind is str:
        return len(value) <= TRACE_TEXT
    if kind is int or kind is bool or value is None:
        return True
    if kind is float:
        return value - value == 0
    if depth > TRACE_DEPTH:
        return False
    if kind is dict:
        if len(value) > TRACE_ITEMS:
            return False
        for key, item in value.items():
            if type(key) is not str or not _shown_as_is(item, depth + 1):
                return False
        return True
    if kind is list:
        return len(value) <= TRACE_ITEMS and all(_shown_as_is(item, depth + 1) for item in value)
    return False


def join_notes(notes):
    unique = list(dict.fromkeys(notes))
    if len(unique) <= 3:
        return "; ".join(unique) or None
    return f"{'; '.join(unique[:3])}; and {len(unique) - 3} more"


def serialise_output(value):
    """main()'s return value as JSON data, and a note on what could only be shown approximately."""
    converter = Converter(False)
    output = converter.convert(value, "output")
    return output, join_notes(converter.notes)


def describe(error):
    message = str(error)
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def trace_entry(tool, args, ok, value, start_ms, duration_ms):
    """One call as the report shows it: value is the result, or the error text when the call failed."""
    entry = {"tool": tool, "args": preview(args, "args"), "ok": ok, "start_ms": round(start_ms, 3), "duration_ms": round(duration_ms, 3)}
    if ok:
        entry["result"] = preview(value, "result")
    else:
        entry["error"] = value
    return entry
