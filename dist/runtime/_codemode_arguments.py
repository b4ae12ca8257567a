"""What the tool host accepts as a tool's arguments (docs/tool-host.md): the types it may build from what the program
sends, which are the data types the tools' parameter annotations reach, and the check of bound arguments against
those annotations before a tool is called (pydantic's TypeAdapter in strict mode where pydantic can be imported, a
small check of the standard typing forms otherwise)."""

import collections.abc
import dataclasses
import enum
import inspect
import types
import typing

try:
    import pydantic
except Exception:  # any failure to import leaves the standard check
    pydantic = None

ANY = (typing.Any, object, inspect.Parameter.empty)
SCALARS = (str, int, float, bool)


def annotations(function):
    """The annotations of a function's parameters, resolved; one that cannot be resolved is left out."""
    try:
        hints = typing.get_type_hints(function, include_extras=True)
    except Exception:  # a name the module never defined, or a broken annotation
        hints = {}
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return {}
    found = {parameter.name: hints.get(parameter.name, parameter.annotation) for parameter in parameters}
    return {name: hint for name, hint in found.items() if not isinstance(hint, str)}


def is_typed_dict(cls):
    """A TypedDict of typing or of typing_extensions, which typing.is_typeddict does not know before Python 3.12."""
    return issubclass(cls, dict) and hasattr(cls, "__required_keys__") and hasattr(cls, "__total__")


def is_data_type(cls):
    """A dataclass, pydantic model, enum or NamedTuple: a type whose instance the host may build from fields."""
    return (
        dataclasses.is_dataclass(cls)
        or issubclass(cls, enum.Enum)
        or (issubclass(cls, tuple) and hasattr(cls, "_fields"))
        or (pydantic is not None and issubclass(cls, pydantic.BaseModel))
    )


def field_annotations(cls):
    try:
        return list(typing.get_type_hints(cls, include_extras=True).values())
    except Exception:  # as for annotations()
        return []


def reachable_data_types(hints):
    """The data types the annotations reach, through containers, unions and the fields of data types."""
    found, seen = [], set()
    stack = list(hints)
    while stack:
        hint = stack.pop()
        if typing.get_origin(hint) is not None:
            stack.extend(typing.get_args(hint))
            continue
        if not isinstance(hint, type) or hint in seen:
            continue
        seen.add(hint)
        if is_typed_dict(hint):
            stack.extend(field_annotations(hint))
        elif is_data_type(hint):
            found.append(hint)
            stack.extend(field_annotations(hint))
    return found


class Checker:
    """Checks the arguments of one tool by parameter name against its annotations; parameters typed Any, object or
    nothing, and annotations that cannot be resolved, accept anything. `skip` leaves out the first parameters (ctx)."""

    def __init__(self, function, skip=0):
        parameters = list(inspect.signature(function).parameters.values())[skip:]
        self.kinds = {parameter.name: parameter.kind for parameter in parameters}
        self.hints = {name: hint for name, hint in annotations(function).items() if name in self.kinds and hint not in ANY}
        # Parameters of one argument typed with a builtin scalar: a value of exactly that type fits with no check to run.
        single = (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
        self.scalars = {name: hint for name, hint in self.hints.items() if hint in SCALARS and self.kinds[name] not in single}
        self.adapters = {}

    def problem(self, arguments):
        """Why the bound arguments (name → value, *args as a tuple and **kwargs as a dict) do not fit, or None."""
        scalars = self.scalars
        for name, value in arguments.items():
            if type(value) is scalars.get(name):
                continue
            hint = self.hints.get(name)
            if hint is None:
                continue
            kind = self.kinds.get(name)
            items = (
                value if kind is inspect.Parameter.VAR_POSITIONAL else value.values() if kind is inspect.Parameter.VAR_KEYWORD else (value,)
            )
            for item in items:
                problem = self.check(name, hint, item)
                if problem:
                    return f"the argument {name} is not {describe(hint)}: {problem}"
        return None

    def check(self, name, hint, value):
        if pydantic is None:
            return standard_problem(hint, value)
        adapter = self.adapters.get(name)
        if adapter is None:
            try:
                adapter = self.adapters[name] = pydantic.TypeAdapter(hint)
            except Exception:  # a type pydantic has no schema for: the standard check
                adapter = self.adapters[name] = False
        if adapter is False:
            return standard_problem(hint, value)
        try:
            adapter.validate_python(value, strict=True)
        except pydantic.ValidationError as error:
            return "; ".join(f"{'.'.join(map(str, issue['loc'])) or 'value'}: {issue['msg']}" for issue in error.errors()[:3])
        except Exception:  # a schema pydantic cannot complete (an undefined forward reference): the standard check
            return standard_problem(hint, value)
        return None


def standard_problem(hint, value):
    return None if fits(hint, value) else f"got {type(value).__qualname__}"


def describe(hint):
    return hint.__qualname__ if isinstance(hint, type) else str(hint).replace("typing.", "")


CONTAINERS = {list: list, set: set, frozenset: frozenset, collections.abc.Sequence: (list, tuple), collections.abc.Set: (set, frozenset)}


def fits(hint, value):
    """Whether value is of the annotated type, for the standard typing forms; a form it does not know accepts anything."""
    if hint in ANY:
        return True
    if hint is None or hint is type(None):
        return value is None
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Annotated:
        return fits(args[0], value)
    if origin in (typing.Union, types.UnionType):
        return any(fits(arg, value) for arg in args)
    if origin is typing.Literal:
        return value in args
    if origin in CONTAINERS or origin in (tuple, dict, collections.abc.Mapping):
        return fits_container(origin, args, value)
    if origin is not None or not isinstance(hint, type):
        return True
    if is_typed_dict(hint):
        return isinstance(value, dict)
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is complex:
        return isinstance(value, (int, float, complex)) and not isinstance(value, bool)
    return isinstance(value, hint)


def fits_container(origin, args, value):
    if origin is tuple:
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(fits(args[0], item) for item in value)
        return not args or (len(args) == len(value) and all(fits(arg, item) for arg, item in zip(args, value)))
    if origin in (dict, collections.abc.Mapping):
        if not isinstance(value, dict):
            return False
        key, item = args if len(args) == 2 else (typing.Any, typing.Any)
        return all(fits(key, k) and fits(item, v) for k, v in value.items())
    if not isinstance(value, CONTAINERS[origin]):
        return False
    return not args or all(fits(args[0], item) for item in value)
