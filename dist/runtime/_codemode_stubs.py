"""Python declarations of every type a tools module's signatures reach, rendered from the live objects.

Used by introspect.py. Each declaration is class-stub or alias source text, for the model to read: dataclasses,
pydantic models, TypedDicts, NamedTuples, enums, Protocols, exceptions, plain classes, `X = ...` and `type X = ...` aliases,
followed transitively through containers, unions, Optional and Annotated, each type once.
"""

import ast
import collections.abc
import dataclasses
import enum
import inspect
import sys
import textwrap
import types
import typing

# Characters of declarations shown; the types beyond are named in a closing line.
MAX_DECLARATION_CHARS = 12_000
INDENT = "    "
# Where the building blocks live (object, Any, Generic, Enum, BaseModel): the declarations name them, never declare them.
_HIDDEN_MODULES = {"builtins", "typing", "typing_extensions", "collections.abc", "abc", "enum", "types", "pydantic.main"}
_TYPE_ALIAS = getattr(typing, "TypeAliasType", None)


class _Text(str):
    """Source text that inspect.Signature prints as written, not quoted."""

    def __repr__(self):
        return str(self)


def _module_of(value):
    return str(getattr(value, "__module__", "") or "")


def _is_stdlib(value):
    return _module_of(value).split(".")[0] in getattr(sys, "stdlib_module_names", ())


def _is_pydantic_model(cls):
    return any(_module_of(base) == "pydantic.main" and base.__name__ == "BaseModel" for base in cls.__mro__[1:])


def _is_protocol(cls):
    return bool(getattr(cls, "_is_protocol", False))


def _is_typed_dict(cls):
    """A TypedDict of typing or of typing_extensions, which typing.is_typeddict does not know before Python 3.12."""
    return issubclass(cls, dict) and hasattr(cls, "__required_keys__") and hasattr(cls, "__total__")


def _is_named_tuple(cls):
    return issubclass(cls, tuple) and hasattr(cls, "_fields")


def _shown_structurally(cls):
    """Classes whose shape is data the model reads (fields or members), wherever they are defined."""
    return (
        dataclasses.is_dataclass(cls)
        or _is_pydantic_model(cls)
        or _is_typed_dict(cls)
        or _is_named_tuple(cls)
        or issubclass(cls, enum.Enum)
    )


def _is_shown_class(value):
    """A class worth declaring: data shapes from anywhere; other classes unless the standard library defines them."""
    if not inspect.isclass(value) or _module_of(value) in _HIDDEN_MODULES:
        return False
    return _shown_structurally(value) or not _is_stdlib(value)


def _is_type_statement(value):
    return _TYPE_ALIAS is not None and isinstance(value, _TYPE_ALIAS)


def _is_assigned_alias(value):
    """A module-level `X = list[Y]`, `X = Literal[...]` or `X = A | B`: a type written under a name of its own."""
    if inspect.isclass(value) or _is_type_statement(value):
        return False
    return typing.get_origin(value) is not None or isinstance(value, types.UnionType)


def format_type(value):
    """A type as Python source, by the short names the declarations use."""
    if value is None or value is type(None):
        return "None"
    if value is Ellipsis:
        return "..."
    if isinstance(value, str):
        return value
    if isinstance(value, typing.ForwardRef):
        return value.__forward_arg__
    if isinstance(value, list):
        return "[" + ", ".join(format_type(item) for item in value) + "]"
    if _is_type_statement(value) or isinstance(value, typing.TypeVar):
        return value.__name__
    origin, arguments = typing.get_origin(value), typing.get_args(value)
    if origin is typing.Annotated:
        return format_type(arguments[0])
    if origin in (typing.Union, types.UnionType):
        return " | ".join(format_type(argument) for argument in arguments)
    if origin is typing.Literal:
        return "Literal[" + ", ".join(repr(argument) for argument in arguments) + "]"
    if origin is not None:
        name = getattr(value, "_name", None) or getattr(origin, "__qualname__", None) or repr(origin)
        if origin is collections.abc.Callable and arguments:
            return f"Callable[{format_type(arguments[0])}, {format_type(arguments[-1])}]"
        return f"{name}[{', '.join(format_type(argument) for argument in arguments)}]" if arguments else name
    if inspect.isclass(value):
        return value.__qualname__
    return repr(value).replace("typing.", "")


def annotation_names(text):
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError:
        return []
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.append(node.id)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            names.extend(annotation_names(node.value))
    return names


def evaluate(text, namespace):
    """The object an annotation written as text stands for, or None when it does not resolve."""
    try:
        return eval(text, namespace)  # noqa: S307 - the tools module's own annotation, already imported
    except Exception:
        return None


def _namespace(cls):
    module = sys.modules.get(_module_of(cls))
    namespace = dict(vars(module)) if module else {}
    namespace[cls.__name__] = cls
    return namespace


def _own_annotations(cls):
    annotations = cls.__dict__.get("__annotations__", {})  # noqa: RUF063 - the class's own, not those it inherits
    return {name: annotation for name, annotation in annotations.items() if not name.startswith("_")}


def _docstring(cls):
    doc = cls.__dict__.get("__doc__")
    if not isinstance(doc, str) or not doc.strip():
        return None
    if dataclasses.is_dataclass(cls) and doc.startswith(cls.__name__ + "("):
        return None
    if _is_named_tuple(cls) and doc.startswith(cls.__name__ + "("):
        return None
    return inspect.cleandoc(doc)


def _class_body(cls):
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    except (OSError, TypeError, SyntaxError):
        return []
    return next((node.body for node in tree.body if isinstance(node, ast.ClassDef)), [])


def _written_attributes(cls):
    """From the class source, when it has one: each annotation as written, and docstrings under attributes."""
    body = _class_body(cls)
    annotations = {
        statement.target.id: ast.unparse(statement.annotation)
        for statement in body
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
    }
    docs = {}
    for statement, following in zip(body, body[1:]):
        target = getattr(statement, "target", None) if isinstance(statement, ast.AnnAssign) else None
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target = statement.targets[0]
        if isinstance(target, ast.Name) and isinstance(following, ast.Expr):
            value = following.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                docs[target.id] = inspect.cleandoc(value.value)
    return annotations, docs


def _init_attributes(cls):
    """The public attributes the class's own __init__ sets on self (an exception's, which it arrives with), each as
    `name: type`: the annotation written there, or that of the parameter assigned, else Any."""
    init = next((node for node in _class_body(cls) if isinstance(node, ast.FunctionDef) and node.name == "__init__"), None)
    if init is None:
        return []
    arguments = init.args.posonlyargs + init.args.args + init.args.kwonlyargs
    parameters = {argument.arg: ast.unparse(argument.annotation) for argument in arguments if argument.annotation is not None}
    found = {}
    for node in ast.walk(init):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for target in targets:
            if not (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "self"):
                continue
            if target.attr.startswith("_") or target.attr in found:
                continue
            if isinstance(node, ast.AnnAssign):
                found[target.attr] = ast.unparse(node.annotation)
            elif isinstance(node.value, ast.Name) and node.value.id in parameters:
                found[target.attr] = parameters[node.value.id]
            else:
                found[target.attr] = "Any"
    return [(name, f"{name}: {annotation}") for name, annotation in found.items()]


def _docstring_lines(text, indent):
    """A docstring that is safe as source and in a comment: no control characters, no closing quotes inside."""
    cleaned = "".join(
        character
        if character in "\t\n" or (character.isprintable() and character not in "\u2028\u2029\x85")
        else character.encode("unicode_escape").decode()
        for character in text.replace("\r\n", "\n").replace("\r", "\n")
    ).replace('"""', '\\"\\"\\"')
    lines = cleaned.split("\n")
    if len(lines) == 1:
        return [f'{indent}"""{lines[0]}"""']
    return [f'{indent}"""{lines[0]}', *[f"{indent}{line}".rstrip() for line in lines[1:]], f'{indent}"""']


def _safe_repr(value):
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _field_text(annotation):
    """An annotation object or string as source text."""
    return annotation if isinstance(annotation, str) else format_type(annotation)


class _Declarations:
    """Walks types from the tool signatures and renders each reached class or alias once."""

    def __init__(self):
        self.order = []  # (name, value, render) in the order first reached
        self.seen = set()
        self.texts = set()  # (annotation text, namespace id) already followed
        self.namespaces = []  # each class's namespace, kept alive so that its id stays its own
        self.unfollowed = []  # annotations whose types could not be followed, with the reason

    def _add(self, key, name, value, render):
        if key in self.seen:
            return False
        self.seen.add(key)
        self.order.append((name, value, render))
        return True

    def visit_annotation(self, annotation, namespace):
        """Follows an annotation given as an object or as source text resolved in namespace."""
        if isinstance(annotation, str):
            if (annotation, id(namespace)) in self.texts:
                return
            self.texts.add((annotation, id(namespace)))
            for name in annotation_names(annotation):
                if name in namespace:
                    self.visit_named(name, namespace[name])
            annotation = evaluate(annotation, namespace)
            if annotation is None:
                return
        self.visit(annotation, namespace)

    def visit_named(self, name, value):
        """A name an annotation uses: an `X = ...` alias is declared under its name, a class as itself."""
        if _is_assigned_alias(value) and format_type(value) != name:
            if self._add(("alias", name, id(value)), name, value, lambda: [f"{name} = {format_type(value)}"]):
                self.visit(value, {})
        else:
            self.visit(value, {})

    def visit(self, value, namespace):
        if isinstance(value, (str, typing.ForwardRef)):
            text = value if isinstance(value, str) else value.__forward_arg__
            self.visit_annotation(text, namespace)
            return
        if isinstance(value, list):
            for item in value:
                self.visit(item, namespace)
            return
        if _is_type_statement(value):
            if self._add(value, value.__name__, value, lambda: [f"type {value.__name__} = {format_type(value.__value__)}"]):
                self.visit(value.__value__, namespace)
            return
        if isinstance(value, typing.TypeVar):
            if value.__bound__ is not None:
                self.visit(value.__bound__, namespace)
            return
        origin = typing.get_origin(value)
        if origin is typing.Literal:
            return
        if origin is typing.Annotated:
            self.visit(typing.get_args(value)[0], namespace)
            return
        if origin is not None:
            self.visit(list(typing.get_args(value)), namespace)
            if inspect.isclass(origin) and _is_shown_class(origin):
                self.visit_class(origin)
            return
        if _is_shown_class(value):
            self.visit_class(value)

    def visit_class(self, cls):
        if not self._add(cls, cls.__name__, cls, lambda: self.render_class(cls)):
            return
        for base in self._shown_bases(cls):
            self.visit_class(base)
        namespace = _namespace(cls)
        self.namespaces.append(namespace)
        written, _ = _written_attributes(cls)
        for name, annotation in self._field_annotations(cls).items():
            if name in written:
                self.visit_annotation(written[name], namespace)
            self.visit_annotation(annotation, namespace)
        for _, function in self._methods(cls):
            for annotation in _function_annotations(function):
                self.visit_annotation(annotation, namespace)

    @staticmethod
    def _shown_bases(cls):
        return [base for base in cls.__bases__ if _is_shown_class(base) and not issubclass(base, enum.Enum)]

    @staticmethod
    def _field_annotations(cls):
        if _is_pydantic_model(cls):
            fields = cls.__dict__.get("__pydantic_fields__", {}) or getattr(cls, "model_fields", {})
            own = _own_annotations(cls)
            return {name: field.annotation for name, field in fields.items() if name in own}
        if _is_typed_dict(cls):
            return dict(getattr(cls, "__annotations__", {}))
        return _own_annotations(cls)

    @staticmethod
    def _methods(cls):
        """Public methods and properties of a plain class or Protocol, with __init__ when a plain class defines one."""
        if _shown_structurally(cls):
            return []
        found = []
        for name, value in cls.__dict__.items():
            if name.startswith("_") and (name != "__init__" or _is_protocol(cls)):
                continue
            function = value.fget if isinstance(value, property) else getattr(value, "__func__", value)
            if inspect.isfunction(function):
                found.append((name, value))
        return found

    def render_class(self, cls):
        head = self._class_head(cls)
        doc = _docstring(cls)
        body = _docstring_lines(doc, INDENT) if doc else []
        body += self._body(cls)
        return [*head, *(body or [f"{INDENT}..."])]

    def _class_head(self, cls):
        bases = [base.__qualname__ for base in self._shown_bases(cls)]
        decorators = []
        if dataclasses.is_dataclass(cls):
            decorators.append("@dataclass")
        elif _is_pydantic_model(cls):
            bases = bases or ["BaseModel"]
        elif _is_typed_dict(cls):
            bases = ["TypedDict"] + ([] if cls.__total__ else ["total=False"])
        elif _is_named_tuple(cls):
            bases = ["NamedTuple"]
        elif issubclass(cls, enum.Enum):
            bases = [base.__name__ for base in cls.__bases__]
        elif _is_protocol(cls):
            bases = [*bases, "Protocol"]
        elif issubclass(cls, BaseException):
            bases = [base.__qualname__ for base in cls.__bases__]
        return [*decorators, f"class {cls.__name__}" + (f"({', '.join(bases)})" if bases else "") + ":"]

    def _body(self, cls):
        if issubclass(cls, enum.Enum):
            return [f"{INDENT}{name} = {_safe_repr(member.value)}" for name, member in cls.__members__.items()]
        written, docs = _written_attributes(cls)
        lines = []
        fields = self._field_lines(cls, written)
        if issubclass(cls, BaseException):
            fields += [(name, text) for name, text in _init_attributes(cls) if name not in dict(fields)]
        for name, text in fields:
            lines.append(f"{INDENT}{text}")
            if name in docs:
                lines.extend(_docstring_lines(docs[name], INDENT))
        for name, value in self._methods(cls):
            lines.extend(_method_lines(name, value))
        return lines

    def _field_lines(self, cls, written):
        """Each field's name and declaration, its annotation as written in the class when the source is there."""
        if _is_pydantic_model(cls):
            return [(name, _pydantic_field(name, written.get(name, field.annotation), field)) for name, field in self._pydantic_fields(cls)]
        annotations = {**self._field_annotations(cls), **{k: v for k, v in written.items() if not k.startswith("_")}}
        if _is_typed_dict(cls):
            return [(name, f"{name}: {_typed_dict_annotation(cls, name, annotation)}") for name, annotation in annotations.items()]
        if _is_named_tuple(cls):
            defaults = getattr(cls, "_field_defaults", {})
            return [
                (
                    name,
                    f"{name}: {_field_text(annotations.get(name, 'Any'))}"
                    + (f" = {_safe_repr(defaults[name])}" if name in defaults else ""),
                )
                for name in cls._fields
            ]
        if dataclasses.is_dataclass(cls):
            fields = {field.name: field for field in dataclasses.fields(cls)}
            return [(name, _dataclass_field(name, annotation, fields.get(name))) for name, annotation in annotations.items()]
        return [(name, f"{name}: {_field_text(annotation)}") for name, annotation in annotations.items()]

    def _pydantic_fields(self, cls):
        own = _own_annotations(cls)
        return [(name, field) for name, field in cls.model_fields.items() if name in own]

    def render(self, limit):
        """The declarations in the order reached, within limit characters, then a line naming the types left out."""
        shown, used, left_out = [], 0, []
        for name, _, render in self.order:
            if left_out:
                left_out.append(name)
                continue
            text = "\n".join(_rendered(name, render))
            if text in shown:  # the same type reached twice, e.g. one file imported under two module names
                continue
            if used + len(text) > limit:
                left_out.append(name)
                continue
            shown.append(text)
            used += len(text)
        if left_out:
            shown.append(f"... {len(left_out)} more types not shown: {', '.join(left_out)}")
        if self.unfollowed:
            shown.append(f"... types not followed: {'; '.join(self.unfollowed)}")
        return shown


def _rendered(name, render):
    """A declaration's lines; a type that fails to render is named with the reason, so extraction still succeeds."""
    try:
        return render()
    except Exception as error:
        return [f"{name}: declaration not shown ({_error_text(error)})"]


def _error_text(error):
    return f"{type(error).__name__}: {' '.join(str(error).split())}"


def _typed_dict_annotation(cls, name, annotation):
    text = _field_text(annotation)
    origin = typing.get_origin(annotation)
    if origin in (typing.Required, typing.NotRequired) or text.startswith(("Required[", "NotRequired[")):
        return text
    if cls.__total__ and name in cls.__optional_keys__:
        return f"NotRequired[{text}]"
    if not cls.__total__ and name in cls.__required_keys__:
        return f"Required[{text}]"
    return text


def _default_text(field):
    """The default of a dataclass or pydantic field as source, or None when the field is required."""
    factory = getattr(field, "default_factory", None)
    if factory not in (None, dataclasses.MISSING):
        return f"field(default_factory={getattr(factory, '__qualname__', _safe_repr(factory))})"
    default = getattr(field, "default", dataclasses.MISSING)
    if default is dataclasses.MISSING or _module_of(type(default)) == "pydantic_core._pydantic_core":
        return None
    if default is Ellipsis:
        return None
    return _safe_repr(default)


def _dataclass_field(name, annotation, field):
    default = _default_text(field) if field else None
    return f"{name}: {_field_text(annotation)}" + (f" = {default}" if default else "")


def _pydantic_field(name, annotation, field):
    annotation = _field_text(annotation)
    default = _default_text(field)
    if default and default.startswith("field("):
        default = "F" + default[1:]
    if field.description:
        arguments = [default.removeprefix("field(").removesuffix(")")] if default else []
        arguments.append(f"description={field.description!r}")
        return f"{name}: {annotation} = Field({', '.join(arguments)})"
    return f"{name}: {annotation}" + (f" = {default}" if default else "")


def _function_annotations(value):
    function = value.fget if isinstance(value, property) else getattr(value, "__func__", value)
    return [annotation for annotation in getattr(function, "__annotations__", {}).values()]


def _method_lines(name, value):
    function = value.fget if isinstance(value, property) else getattr(value, "__func__", value)
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):
        return []
    parameters = [
        parameter.replace(annotation=_Text(_field_text(parameter.annotation)))
        if parameter.annotation is not inspect.Parameter.empty
        else parameter
        for parameter in signature.parameters.values()
    ]
    returns = signature.return_annotation
    signature = signature.replace(
        parameters=parameters,
        return_annotation=inspect.Signature.empty if returns is inspect.Signature.empty else _Text(_field_text(returns)),
    )
    decorator = (
        ["@property"]
        if isinstance(value, property)
        else ["@staticmethod"]
        if isinstance(value, staticmethod)
        else ["@classmethod"]
        if isinstance(value, classmethod)
        else []
    )
    prefix = "async def" if inspect.iscoroutinefunction(function) else "def"
    # A method's first paragraph: a class with many documented methods would crowd out the other types.
    doc = inspect.cleandoc(function.__doc__).split("\n\n")[0] if function.__doc__ else None
    lines = [f"{INDENT}{line}" for line in decorator] + [f"{INDENT}{prefix} {name}{signature}:"]
    if doc:
        return lines + _docstring_lines(doc, INDENT * 2) + [f"{INDENT * 2}..."]
    return [*lines[:-1], lines[-1] + " ..."]


def declarations(annotations, limit=MAX_DECLARATION_CHARS):
    """Source of the types that annotations (pairs of annotation text or object and namespace) reach, and each
    declared name with the object it declares."""
    walker = _Declarations()
    for annotation, namespace in annotations:
        try:
            walker.visit_annotation(annotation, namespace)
        except Exception as error:
            walker.unfollowed.append(f"{_field_text(annotation)} ({_error_text(error)})")
    return walker.render(limit), [(name, value) for name, value, _ in walker.order]
