"""Checks the runner the model edited; prints `{"diagnostics": [{"line", "message"}], "checker_comments": [{"line", "comment"}]}`.

Run as `python check.py <runner path> <config json>`, where the config is `{"tools": [names], "module": "<tools
module name>", "regions": [{"name", "text", "first", "last"}, ...]}`: the protected regions as the engine located
them by position, with their 1-based first and last lines. It compiles the runner, confirms each region's text is on
its lines, and then checks that all code outside those lines neither rebinds a tool or runner-internal name nor
imports the tools module or the runner runtime (any `_codemode*` module), and that no statement reaches into a region.
Marker-looking comments anywhere else mean nothing here. It also lists the comments outside the regions that would
give pyright a directive (`# pyright: ignore`, `# pyright: basic`, ...): pyright checks a copy without them.
"""

import ast
import io
import json
import re
import sys
import tokenize

INTERNAL_PREFIX = "_codemode"
CHECKER_DIRECTIVE = re.compile(r"pyright\s*:")
NESTED_SCOPES = (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def compile_problem(path, source):
    try:
        compile(source, path, "exec", dont_inherit=True)
    except SyntaxError as error:
        return {"line": error.lineno, "message": f"{type(error).__name__}: {error.msg}"}
    except ValueError as error:
        return {"line": None, "message": f"ValueError: {error}"}
    return None


def encoding_problem(source):
    """The runner runs as its coding declaration says; it is checked as UTF-8, so it must declare nothing else."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(source).readline)
    except SyntaxError as error:
        return {"line": None, "message": f"SyntaxError: {error}"}
    if encoding not in ("utf-8", "utf-8-sig"):
        return {"line": 1, "message": f"declares the source encoding {encoding}; the runner must be UTF-8"}
    return None


def misplaced_regions(lines, regions):
    """Regions whose text is not on the lines the engine located them at (lines split as the parser does)."""
    for region in regions:
        if "\n".join(lines[region["first"] - 1 : region["last"]]) != region["text"]:
            yield {"line": None, "message": f"the protected {region['name']} region is not at lines {region['first']}-{region['last']}"}


def first_line(statement):
    decorators = getattr(statement, "decorator_list", [])
    return min([statement.lineno, *(decorator.lineno for decorator in decorators)])


def region_of(line, regions):
    return next((region for region in regions if region["first"] <= line <= region["last"]), None)


def reach_problem(statement, regions):
    """A statement outside the regions that wraps one, or a region's statement that code after the region extends."""
    start, end = first_line(statement), statement.end_lineno
    inside = region_of(start, regions)
    if inside is not None:
        if end > inside["last"]:
            return (
                end,
                f"extends the last statement of the protected {inside['name']} region; code after a region starts at the left margin",
            )
        return None
    for region in regions:
        if start < region["first"] <= end:
            return start, f"wraps the protected {region['name']} region; write code between the regions, not around them"
    return None


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


def checker_comments(text, regions):
    """The real comments (not string contents) outside the regions that pyright would read as a directive."""
    tokens = tokenize.generate_tokens(io.StringIO(text, newline=None).readline)
    return [
        {"line": token.start[0], "comment": token.string}
        for token in tokens
        if token.type == tokenize.COMMENT and CHECKER_DIRECTIVE.search(token.string) and region_of(token.start[0], regions) is None
    ]


def diagnostics(path, config):
    with open(path, "rb") as handle:
        source = handle.read()
    problem = compile_problem(path, source) or encoding_problem(source)
    if problem:
        return [problem]
    tree = ast.parse(source)
    text = source.decode("utf-8-sig")
    regions = config["regions"]
    found = list(misplaced_regions(re.split(r"\r\n|\r|\n", text), regions))
    if found:
        return found
    tools = set(config["tools"])
    defines_main = False
    for statement in tree.body:
        reach = reach_problem(statement, regions)
        if reach:
            found.append({"line": reach[0], "message": reach[1]})
        if region_of(first_line(statement), regions) is not None:
            continue
        defines_main = defines_main or any(name == "main" for name, _ in bindings(statement))
        for line, message in statement_problems(statement, tools, config["module"]):
            found.append({"line": line, "message": message})
    if not defines_main:
        found.append({"line": None, "message": "main() is not defined; define def main(params: str = ...) outside the protected regions"})
    unique = {(item["line"] or 0, item["message"]): item for item in found}
    return [unique[key] for key in sorted(unique)]


def report(path, config):
    found = diagnostics(path, config)
    if found:
        return {"diagnostics": found, "checker_comments": []}
    with open(path, encoding="utf-8-sig") as handle:
        return {"diagnostics": [], "checker_comments": checker_comments(handle.read(), config["regions"])}


# The configuration comes on stdin: with a large catalog it outgrows what one command-line argument may hold.
print(json.dumps(report(sys.argv[1], json.load(sys.stdin))))
