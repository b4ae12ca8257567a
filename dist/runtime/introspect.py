"""Imports a tools module and prints what the runner needs to know about it, as JSON on two lines.

Run as `python introspect.py <tools path>` from the repository root. Prints first the interpreter's installation
(_codemode_installation.py), so that the engine need not start it again to ask and knows it before the tools module
has loaded, then `{"ok": true, "tools": [...], "has_deps": bool, "bindings": [...], "type_imports": [...],
"exceptions": [...], "declarations": [...], "notes": [...]}` or `{"ok": false, "problem": {...}}`. Annotations and
defaults are taken from the source text as written;
`declarations` shows every type they reach as Python source.
"""

import ast
import builtins
import contextlib
import gc
import inspect
import json
import keyword
import os
import re
import sys
import tokenize
import typing

# The tools module is imported the way the runner imports it, by the runtime beside this file. Python put this
# folder first on the import path (unless PYTHONSAFEPATH is set); the tools module must not see it there.
FOLDER = os.path.dirname(os.path.realpath(__file__))
sys.path.insert(0, FOLDER)
from _codemode_installation import installation  # noqa: E402
from _codemode_runtime import (  # noqa: E402
    DEPS_FUNCTION as _DEPS_FUNCTION,
    load_tools,
    public_methods as _public_methods,
    public_tools as _public_tools,
    serves_methods as _serves_methods,
)
from _codemode_stubs import annotation_names, declarations as _type_declarations, evaluate as _evaluate  # noqa: E402

_INSTALLATION = installation()

sys.path[:] = [folder for folder in sys.path if os.path.realpath(folder or os.curdir) != FOLDER]

_KINDS = {
    inspect.Parameter.POSITIONAL_ONLY: "positional_only",
    inspect.Parameter.POSITIONAL_OR_KEYWORD: "positional_or_keyword",
    inspect.Parameter.VAR_POSITIONAL: "var_positional",
    inspect.Parameter.KEYWORD_ONLY: "keyword_only",
    inspect.Parameter.VAR_KEYWORD: "var_keyword",
}
_CONTEXT_ANNOTATION = re.compile(r"""^["']?(?:[\w.]+\.)?RunContext(?:\[.*\])?["']?$""", re.S)


def _one_line(text):
    return " ".join(str(text).split())


def _source_lines(source):
    """The source's lines as UTF-8, split where Python's parser splits them, since node columns count bytes."""
    return [line.encode() for line in re.split(r"\r\n|\r|\n", source)]


def _segment(lines, node):
    """A node's text as written when it fits on one line, else its normalised form."""
    if node is None:
        return None
    if node.lineno != node.end_lineno:
        return ast.unparse(node)
    return lines[node.lineno - 1][node.col_offset : node.end_col_offset].decode()


def _function_nodes(statements, found, prefix=""):
    """The definitions of the module's functions and of its classes' methods, by qualified name."""
    for statement in statements:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found.setdefault(prefix + statement.name, statement)
        elif isinstance(statement, ast.ClassDef):
            _function_nodes(statement.body, found, f"{prefix}{statement.name}.")
        elif isinstance(statement, (ast.If, ast.Try, ast.With)):
            for block in ("body", "orelse", "finalbody"):
                _function_nodes(getattr(statement, block, []), found, prefix)
            for handler in getattr(statement, "handlers", []):
                _function_nodes(handler.body, found, prefix)
    return found


def _defining_node(function, nodes, absolute_path):
    """The function's definition in the tools module source, or None when it was defined elsewhere."""
    original = inspect.unwrap(function)
    code = getattr(original, "__code__", None)
    if code is None or os.path.abspath(code.co_filename) != absolute_path:
        return None
    return nodes.get(original.__qualname__)


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
    if annotation is inspect.Parameter.empty:
        return None
    return annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)


def _describe_parameter(parameter, written):
    annotation, default = written.get(parameter.name, (None, None))
    if parameter.name not in written:
        annotation = _runtime_annotation(parameter.annotation)
        default = None if parameter.default is inspect.Parameter.empty else repr(parameter.default)
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


def _namespace(function, module):
    return getattr(inspect.unwrap(function), "__globals__", vars(module))


def _untyped(tool, namespace, any_texts):
    """Parameters whose type is missing or Any, and 'return' when the result's is; any_texts caches the answers."""

    def is_untyped(annotation):
        if annotation is None:
            return True
        key = (annotation, id(namespace))
        if key not in any_texts:
            any_texts[key] = _evaluate(annotation, namespace) is typing.Any
        return any_texts[key]

    names = [param["name"] for param in tool["params"] if is_untyped(param["annotation"])]
    return names + (["return"] if is_untyped(tool["returns"]) else [])


def _describe_tool(name, function, lines, node, has_deps):
    written = _written_parameters(lines, node)
    signature = inspect.signature(function)
    parameters = [_describe_parameter(p, written) for p in signature.parameters.values()]
    takes_context = _takes_context(parameters)
    returns = _segment(lines, node.returns) if node is not None else _runtime_annotation(signature.return_annotation)
    return {
        "name": name,
        "params": parameters[1:] if takes_context else parameters,
        "returns": returns,
        "doc": inspect.getdoc(function) or "",
        "async": inspect.iscoroutinefunction(function) or inspect.iscoroutinefunction(inspect.unwrap(function)),
        "takes_context": takes_context,
        "note": "takes ctx, but the module defines no codemode_deps(), so ctx.deps is unavailable"
        if takes_context and not has_deps
        else None,
    }


_EXCEPTION_NAME = re.compile(r"([A-Za-z_][\w.]*)\s*(?::|$)")
_SPHINX_RAISES = re.compile(r":raises?[ \t]+([A-Za-z_][\w.]*)[ \t]*:")


def _indent(line):
    return len(line) - len(line.lstrip())


def _section_entries(lines, header):
    """The lines naming exceptions under a Raises header: Google style indents them below it; NumPy style underlines
    the header with dashes and puts them at its indent, their descriptions indented below."""
    indent = _indent(lines[header])
    following = lines[header + 1 :]
    if following and following[0].strip() and set(following[0].strip()) == {"-"}:
        body = following[1:]
        # The section ends at the next header: the line above the next line of dashes.
        ends = [index for index, line in enumerate(body[1:]) if line.strip() and set(line.strip()) == {"-"}]
        body = body[: ends[0]] if ends else body
        return [line for line in body if line.strip() and _indent(line) == indent]
    entries = []
    for line in following:
        if not line.strip():
            continue
        if _indent(line) <= indent:
            break
        if not entries or _indent(line) <= _indent(entries[0]):
            entries.append(line)
    return entries


def _raised_names(doc):
    """The exception names a docstring's Raises section or :raises: fields name, in order, each once."""
    lines = doc.splitlines()
    names = []
    for index, line in enumerate(lines):
        if line.strip() in ("Raises:", "Raises"):
            names += [match.group(1) for entry in _section_entries(lines, index) if (match := _EXCEPTION_NAME.match(entry.strip()))]
    return list(dict.fromkeys(names + _SPHINX_RAISES.findall(doc)))


def _resolve_exception(name, namespace):
    """The exception class a name stands for in the tool's namespace, or by its dotted path in an imported module."""
    found = _evaluate(name, namespace)
    if found is None and "." in name:
        source, _, attribute = name.rpartition(".")
        found = getattr(sys.modules.get(source), attribute, None)
    return found if inspect.isclass(found) and issubclass(found, BaseException) else None


def _raised(tool, namespace):
    """The exception classes a tool's docstring says it raises, where the names resolve."""
    found = (_resolve_exception(name, namespace) for name in _raised_names(tool["doc"]))
    return list(dict.fromkeys(cls for cls in found if cls is not None))


def _held_exceptions(module):
    """The exception classes the tools module defines or imports, by the public names it holds them under."""
    return [
        (name, value)
        for name, value in vars(module).items()
        if not name.startswith("_") and inspect.isclass(value) and issubclass(value, BaseException) and value.__module__ != "builtins"
    ]


def _raises_note(classes):
    return "raises " + ", ".join(cls.__qualname__ for cls in classes) if classes else None


def _unserved_instances(module):
    """Notes on the module-level instances of library classes that a module without __all__ holds: they are not
    served (a logger or an HTTP session is rarely meant as tools), and said so rather than dropped silently."""
    if getattr(module, "__all__", None) is not None:
        return []
    return [
        f"{name}, an instance of {type(value).__module__}.{type(value).__qualname__} (a library's class), is not served;"
        " name it in __all__ to serve its methods as tools"
        for name, value in vars(module).items()
        if not name.startswith("_") and _serves_methods(value, True) and not _serves_methods(value, False) and _public_methods(value)
    ]


def _name_problem(name):
    if name == "main":
        return "main"
    if name.startswith("_codemode"):
        return "reserved"
    if not name.isidentifier():
        return "identifier"
    if keyword.iskeyword(name):
        return "keyword"
    return None


def _annotations(tool):
    return [tool["returns"]] + [param["annotation"] for param in tool["params"]]


def _bindings(module, tools, declared, exceptions):
    """Names of the tools module that the visible signatures refer to, then those of the declared types the module
    holds under their own names, so the runner can bind them; its exception classes (`exceptions`) are bound apart."""
    tool_names = {tool["name"] for tool in tools}
    annotations = [text for tool in tools for text in _annotations(tool)]
    names = [name for text in dict.fromkeys(annotations) if text for name in annotation_names(text)]
    names += [name for name, value in declared if vars(module).get(name) is value]
    return [
        name
        for name in dict.fromkeys(names)
        if name in vars(module)
        and name not in exceptions
        and name not in tool_names
        and name != "main"
        and not name.startswith("_codemode")
    ]


# Names the tools region binds itself (beside the tools and the runtime's _codemode names).
_REGION_NAMES = {"annotations", "TYPE_CHECKING", "main"}


def _exception_bindings(module, held, type_imports, tools):
    """The exception classes the runner binds, as {"name", "module", "qualname", "held"}: those the tools module holds
    (by the name it holds them under) and those of type_imports; `module` is "tools" for the tools module's own, as a
    tool's exception names it (_codemode_codec.exception_payload)."""
    tool_names = {tool["name"] for tool in tools} | _REGION_NAMES

    def entry(name, cls, is_held):
        source = "tools" if cls.__module__ == module.__name__ else cls.__module__
        return {"name": name, "module": source, "qualname": cls.__qualname__, "held": is_held}

    found = [entry(name, cls, True) for name, cls in held if name not in tool_names and not name.startswith("_codemode")]
    for imported in type_imports:
        cls = getattr(sys.modules.get(imported["module"]), imported["name"], None)
        if isinstance(cls, type) and issubclass(cls, BaseException):
            found.append(entry(imported["name"], cls, False))
    return found


def _type_imports(module, declared, bound, tools):
    """The declared classes the tools module does not hold under their own names (e.g. reached only through another
    type's fields), as {"module", "name"} of a top-level class of an importable module, so the runner can import them.
    A name that another declared type, a binding, a tool, a builtin or the region already uses is left out."""
    taken = set(bound) | {tool["name"] for tool in tools} | _REGION_NAMES | set(dir(builtins))
    counts = {}
    for name, _ in declared:
        counts[name] = counts.get(name, 0) + 1
    found = []
    for name, value in declared:
        source = getattr(value, "__module__", None)
        if (
            inspect.isclass(value)
            and vars(module).get(name) is not value
            and getattr(value, "__qualname__", None) == name
            and source not in (None, "__main__", "builtins", module.__name__)
            and all(part.isidentifier() and not keyword.iskeyword(part) for part in source.split("."))
            and getattr(sys.modules.get(source), name, None) is value
            and counts[name] == 1
            and name not in taken
            and not name.startswith("_codemode")
        ):
            found.append({"module": source, "name": name})
    return found


def _parse(source, path):
    """The module's syntax tree, parsed with the collector off and then frozen (gc.freeze): no collection while the
    tools module is imported, or after, walks its many objects again."""
    gc.disable()
    try:
        return ast.parse(source, filename=path)
    finally:
        gc.freeze()
        gc.enable()


def _introspect(path):
    try:
        with tokenize.open(path) as handle:
            source = handle.read()
        tree = _parse(source, path)
    except SyntaxError as error:
        return {"ok": False, "problem": {"kind": "syntax", "line": error.lineno, "message": _one_line(error.msg)}}
    except UnicodeDecodeError as error:
        return {"ok": False, "problem": {"kind": "syntax", "line": None, "message": _one_line(error)}}
    try:
        with contextlib.redirect_stdout(sys.stderr):
            module = load_tools(path, tree)
    except BaseException as error:
        return {"ok": False, "problem": {"kind": "import", "type": type(error).__name__, "message": _one_line(error)}}
    functions = _public_tools(module)
    if not functions:
        return {"ok": False, "problem": {"kind": "no_tools"}}
    for name, _ in functions:
        reason = _name_problem(name)
        if reason:
            return {"ok": False, "problem": {"kind": "tool_name", "name": name, "reason": reason}}
    has_deps = callable(getattr(module, _DEPS_FUNCTION, None))
    nodes = _function_nodes(tree.body, {})
    lines = _source_lines(source)
    absolute_path = os.path.abspath(path)
    tools = [
        _describe_tool(name, function, lines, _defining_node(function, nodes, absolute_path), has_deps) for name, function in functions
    ]
    namespaces = [_namespace(function, module) for _, function in functions]
    any_texts = {}
    for tool, namespace in zip(tools, namespaces):
        tool["untyped"] = _untyped(tool, namespace, any_texts)
    raised = [_raised(tool, namespace) for tool, namespace in zip(tools, namespaces)]
    for tool, classes in zip(tools, raised):
        tool["note"] = "; ".join(note for note in (tool["note"], _raises_note(classes)) if note) or None
    held = _held_exceptions(module)
    exceptions = [cls for _, cls in held] + [cls for classes in raised for cls in classes]
    annotations = [(text, namespace) for tool, namespace in zip(tools, namespaces) for text in _annotations(tool) if text]
    declarations, declared = _type_declarations(annotations + [(cls, {}) for cls in dict.fromkeys(exceptions)])
    bindings = _bindings(module, tools, declared, {name for name, _ in held})
    type_imports = _type_imports(module, declared, bindings + [name for name, _ in held], tools)
    exceptions = _exception_bindings(module, held, type_imports, tools)
    imported_exceptions = {entry["name"] for entry in exceptions if not entry["held"]}
    return {
        "ok": True,
        "tools": tools,
        "has_deps": has_deps,
        "bindings": bindings,
        "type_imports": [entry for entry in type_imports if entry["name"] not in imported_exceptions],
        "exceptions": exceptions,
        "declarations": declarations,
        "notes": _unserved_instances(module),
    }


# The interpreter first, on a line of its own, for what waits for it (pyright) while the tools module loads.
sys.stdout.write(json.dumps(_INSTALLATION) + "\n")
sys.stdout.flush()
sys.stdout.write(json.dumps(_introspect(sys.argv[1])))
