"""Starts the generated runner before it is verified (docs/tool-host.md).

Run by the tool host, in the sandbox when there is one, as `python -X utf8 -B _codemode_start.py <runner> [<tools
module>]`. It first does all that needs none of the program's text: the interpreter's start, the import of the
runtime and its codec, and, when the runner's tools region loads the tools module as it is imported, that loading.
The runtime and codec are the engine's copies beside this file, under the names and paths of the runner's copies:
Claude Code may write in the runner's folder until verification, which compares the runner's copies with these.

Then it waits for the program's text on standard input, which the host sends once verification has passed: its
length in bytes on a line, then the text. Standard input becomes /dev/null, and the text runs as the runner's
`__main__`, with the runner's path as its file name. When standard input ends before the whole text came, nothing
runs."""

import builtins
import importlib.machinery
import importlib.util
import linecache
import os
import sys
import types

ENGINE_FOLDER = os.path.dirname(os.path.realpath(__file__))
RUNTIME_MODULES = ("_codemode_codec", "_codemode_runtime")
# As large as a message between the program and the host may be.
MAX_PROGRAM_BYTES = 64 * 1024 * 1024
MAX_LENGTH_DIGITS = len(str(MAX_PROGRAM_BYTES))


class EngineCopy(importlib.machinery.SourceFileLoader):
    """Loads the engine's copy of a runtime module as the module at `path`: its code, that file's name."""

    def __init__(self, name, path, source):
        super().__init__(name, path)
        self.source = source

    def get_code(self, fullname):
        with open(self.source, "rb") as file:
            return compile(file.read(), self.path, "exec", dont_inherit=True)


def import_runtime(runner_folder):
    for name in RUNTIME_MODULES:
        file_name = f"{name}.py"
        loader = EngineCopy(name, os.path.join(runner_folder, file_name), os.path.join(ENGINE_FOLDER, file_name))
        module = importlib.util.module_from_spec(importlib.util.spec_from_file_location(name, loader.path, loader=loader))
        sys.modules[name] = module
        loader.exec_module(module)
    return sys.modules["_codemode_runtime"]


def read_exactly(count):
    """count bytes of standard input, or None when it ends first."""
    chunks = []
    while count:
        chunk = os.read(0, min(count, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        count -= len(chunk)
    return b"".join(chunks)


def read_program():
    """The program's text as the host sends it, or None when it sent none, or one over MAX_PROGRAM_BYTES."""
    digits = b""
    while not digits.endswith(b"\n"):
        byte = os.read(0, 1)
        if not byte or len(digits) > MAX_LENGTH_DIGITS:
            return None
        digits += byte
    if not digits[:-1].isdigit() or int(digits) > MAX_PROGRAM_BYTES:
        return None
    return read_exactly(int(digits))


def forget_standard_input():
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)


def main_module(runner, source):
    """A fresh `__main__` as Python makes one for a script, its source lines those of the text run."""
    module = types.ModuleType("__main__")
    loader = importlib.machinery.SourceFileLoader("__main__", runner)
    module.__dict__.update(
        __file__=runner, __cached__=None, __loader__=loader, __spec__=None, __package__=None, __annotations__={}, __builtins__=builtins
    )
    lines = importlib.util.decode_source(source).splitlines(keepends=True)
    # No modification time: linecache keeps these lines, whatever the file holds.
    linecache.cache[runner] = (len(source), None, lines, runner)
    sys.modules["__main__"] = module
    return module


runner, *tools_module = sys.argv[1:]
sys.argv = [runner]
sys.path[0] = os.path.dirname(os.path.realpath(runner))
runtime = import_runtime(sys.path[0])
if tools_module:
    runtime.preload_tools(tools_module[0])
source = read_program()
if source is None:
    sys.exit(2)
forget_standard_input()
namespace = main_module(runner, source).__dict__
try:
    exec(compile(source, runner, "exec", dont_inherit=True), namespace)
except BaseException as error:
    # Without this file's frame, the traceback is the runner's alone, as when Python runs it.
    error.__traceback__ = error.__traceback__.tb_next
    raise
