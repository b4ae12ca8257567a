"""Checks the runner the model edited; prints a JSON list of `{"line", "message"}`.

Run as `python check.py <runner path> <config json>`, where the config is `{"tools": [names], "module": "<tools
module name>", "regions": [[name, begin marker, end marker], ...]}`. It compiles the runner and then checks that
code outside the protected regions neither rebinds a tool or runner-internal name nor imports the tools module or
the runner runtime (any `_codemode*` module).
"""
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
