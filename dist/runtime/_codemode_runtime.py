"""Runtime of the generated Code Mode runner beside this file: sends tool calls to the tool host and main()'s result.

The program runs with the channel to the tool host on file descriptor CODEMODE_CHANNEL_FD (docs/tool-host.md);
the host runs the tools and keeps the trace. Generated with the runner and checked to be unchanged after the
edit; main() must not use it.
"""

import enum
import importlib.machinery
import importlib.util
import inspect
import itertools
import os
import socket
import sys
import sysconfig
import threading
import traceback
import types

import _codemode_codec as codec

# Stands for a default the wrapper cannot repeat: the tool then applies its own.
_codemode_DEFAULT = object()

INTERNAL_FILES = (__file__, codec.__file__)


class ToolHostTraceback(Exception):
    """Where a tool raised, in the host: the cause of the exception the program sees."""

    def __init__(self, text):
        super().__init__(text)
        self.text = text

    def __str__(self):
        return f"\n{self.text.rstrip()}"


ToolHostTraceback.__module__ = "codemode"


class Channel:
    """The program's end of the channel: one line of JSON per message.

    Replies are read by whichever thread needs one: a synchronous call reads the socket itself while no other
    thread does, taking other calls' replies on the way and handing them over; it waits for its own reply to be
    handed to it only while another thread reads. While asynchronous calls are in flight and no synchronous call
    reads, a reader thread reads for them."""

    def __init__(self, fd):
        self.socket = socket.socket(fileno=fd)
        self.socket.setblocking(True)
        self.send_lock = threading.Lock()
        self.ids = itertools.count(1)
        # Under `state`: the callbacks of asynchronous calls, replies taken for synchronous calls, whether a
        # thread is reading, the number of synchronous calls waiting, and why the channel closed.
        self.lock = threading.Lock()
        self.state = threading.Condition(self.lock)
        self.callbacks = {}
        self.replies = {}
        self.reading = False
        self.sync_waiting = 0
        self.closed = None
        self.buffer = bytearray()
        self.chunk = bytearray(1 << 20)
        self.view = memoryview(self.chunk)
        self.reader = None

    def send(self, message):
        data = codec.dumps(message)
        with self.send_lock:
            self.socket.sendall(data)

    def receive(self):
        """Reads what the socket has (the caller holds the reading role) and hands the replies out; False once closed."""
        try:
            # Into a buffer kept for the run: a fresh large one per read would be mapped and unmapped each time.
            count = self.socket.recv_into(self.chunk)
            if not count:
                return self.close("the tool host closed the channel")
            messages = self.messages(count)
        except Exception as error:
            return self.close(f"the channel to the tool host failed: {error}")
        callbacks = []
        with self.lock:
            for message in messages:
                ident = message.get("id")
                callback = self.callbacks.pop(ident, None)
                if callback is not None:
                    callbacks.append((callback, message))
                else:
                    self.replies[ident] = message
            if self.sync_waiting > 1 or callbacks:
                self.state.notify_all()
        for callback, message in callbacks:
            deliver(callback, message)
        return True

    def messages(self, count):
        """The messages the first count bytes of the read buffer complete. A whole line is decoded where it was
        read; only the part of a line that a later read completes is kept aside."""
        chunk, view, buffer = self.chunk, self.view, self.buffer
        messages = []
        start = 0
        while True:
            end = chunk.find(b"\n", start, count)
            if end < 0:
                break
            if buffer:
                buffer += view[start:end]
                messages.append(codec.loads(buffer))
                buffer.clear()
            else:
                messages.append(codec.loads(view[start:end]))
            start = end + 1
        buffer += view[start:count]
        return messages

    def close(self, reason):
        with self.state:
            self.closed = reason
            callbacks, self.callbacks = self.callbacks, {}
            self.state.notify_all()
        for callback in callbacks.values():
            deliver(callback, closed_reply(reason))
        return False

    def call(self, message):
        """Sends a call and returns its reply (a synchronous call)."""
        ident = message["id"]
        with self.lock:
            if self.closed:
                raise ConnectionError(self.closed)
            self.sync_waiting += 1
        try:
            self.send(message)
        except OSError as error:
            with self.state:
                self.sync_waiting -= 1
            raise ConnectionError(f"the channel to the tool host failed: {error}") from None
        state = self.state
        state.acquire()
        try:
            while True:
                reply = self.replies.pop(ident, None)
                if reply is not None:
                    return reply
                if self.closed:
                    return closed_reply(self.closed)
                if self.reading:
                    state.wait()
                    continue
                self.reading = True
                state.release()
                try:
                    self.receive()
                finally:
                    state.acquire()
                    self.reading = False
                    if self.sync_waiting > 1 or self.callbacks:
                        state.notify_all()
        finally:
            self.sync_waiting -= 1
            state.release()

    def request(self, message, deliver):
        """Sends a call whose reply goes to deliver(reply), called from the thread that reads it (an asynchronous call)."""
        with self.state:
            if self.closed:
                raise ConnectionError(self.closed)
            self.callbacks[message["id"]] = deliver
            if self.reader is None:
                self.reader = threading.Thread(target=self.read, name="codemode-channel", daemon=True)
                self.reader.start()
            else:
                self.state.notify_all()
        try:
            self.send(message)
        except OSError as error:
            with self.state:
                self.callbacks.pop(message["id"], None)
            raise ConnectionError(f"the channel to the tool host failed: {error}") from None

    def read(self):
        """The reader thread: reads while asynchronous calls wait and no synchronous call reads."""
        state = self.state
        with state:
            while not self.closed:
                if self.reading or not self.callbacks:
                    state.wait()
                    continue
                self.reading = True
                state.release()
                try:
                    self.receive()
                finally:
                    state.acquire()
                    self.reading = False
                    state.notify_all()


def deliver(callback, reply):
    """Hands an asynchronous call its reply; a call whose event loop has closed meanwhile no longer wants it."""
    try:
        callback(reply)
    except RuntimeError:
        pass


def closed_reply(reason):
    return {"op": "raise", "error": {"type": "ConnectionError", "module": "builtins", "message": reason}}


_channel = None
_channel_lock = threading.Lock()


def channel():
    global _channel
    if _channel is not None:
        return _channel
    with _channel_lock:
        if _channel is None:
            _channel = Channel(int(os.environ.get("CODEMODE_CHANNEL_FD", "3")))
    return _channel


def call_message(tool, positional, keywords):
    try:
        args, kwargs = codec.encode(list(positional)), codec.encode(dict(keywords))
    except (codec.EncodeError, RecursionError) as error:
        raise TypeError(f"{tool}(): {error}") from None
    if not isinstance(kwargs, dict):  # keywords are always strings; a "$" one would need a $map
        raise TypeError(f"{tool}(): keyword argument names cannot start with $")
    return {"op": "call", "id": next(channel().ids), "tool": tool, "args": args, "kwargs": kwargs}


def _codemode_call(tool, positional, keywords):
    return outcome(tool, channel().call(call_message(tool, positional, keywords)))


async def _codemode_call_async(tool, positional, keywords):
    import asyncio

    message = call_message(tool, positional, keywords)
    loop = asyncio.get_running_loop()
    future = loop.create_future()

    def settle(answer):
        if not future.done():
            future.set_result(answer)

    channel().request(message, lambda answer: loop.call_soon_threadsafe(settle, answer))
    return outcome(tool, await future)


def outcome(tool, reply):
    if reply.get("op") == "return":
        return codec.decode(reply.get("value"), resolve_type)
    raise tool_exception(tool, reply.get("error") or {})


def tool_exception(tool, error):
    """The exception a tool raised, as the same class when the program can import it: a builtin, one of the tools
    module, or one of a module the tools module imports (with the tools module loaded, its folder is importable)."""
    name, module, message = str(error.get("type", "Exception")), str(error.get("module", "")), str(error.get("message", ""))
    if tools is not None and module != "builtins":
        tools._load()
    found = resolve_type(codec.TOOLS_PREFIX + name if module == "tools" else f"{module}:{name}")
    cls = found if isinstance(found, type) and issubclass(found, BaseException) else None
    if cls is None:
        cls = codec.remote_type(f"{module}:{name}", "exception")
    try:
        args = codec.decode(error.get("args", [message]), resolve_type)
        attributes = codec.decode(error.get("attributes", {}), resolve_type)
    except codec.DecodeError:
        args, attributes = [message], {}
    exception = codec.build_exception(
        cls, args if isinstance(args, list) else [message], attributes if isinstance(attributes, dict) else {}, message
    )
    if error.get("traceback"):
        exception.__cause__ = ToolHostTraceback(f"{tool} raised in the tool host:\n{error['traceback']}")
    return exception


def _codemode_given(positional):
    """Positional arguments up to the first one left at its default."""
    for index, value in enumerate(positional):
        if value is _codemode_DEFAULT:
            return positional[:index]
    return positional


def _codemode_given_keywords(keywords):
    return {name: value for name, value in keywords.items() if value is not _codemode_DEFAULT}


# --- The tools module's types, imported read-only --------------------------------------------------------------


class ToolsTypes:
    """The tools module as the runner sees it: its types, imported on first use. The program never calls its
    functions (the wrappers go to the host); when it cannot be imported here (e.g. it reads a variable the program
    does not have), each name stands for a class of stand-ins with the same attributes."""

    def __init__(self, relative_path):
        self._path = relative_path
        self._module = None
        self._failed = None

    def _load(self):
        if self._module is None and self._failed is None:
            try:
                self._module = load_tools(self._path)
                codec.tools_module_name = self._module.__name__
            except BaseException as error:
                self._failed = codec.describe(error)
                print(
                    f"codemode: the tools module's types stand in for themselves here: importing it failed ({self._failed})",
                    file=sys.stderr,
                )
        return self._module

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        module = self._load()
        if module is not None:
            return getattr(module, name)
        return codec.remote_type(codec.TOOLS_PREFIX + name, "class")

    def _codemode_import(self, module_name, name):
        """A declared class the tools module reaches but does not hold by name: the class a reply of that type
        decodes to, from its own module once loading the tools module made it importable, else the same stand-in."""
        self._load()
        type_name = f"{module_name}:{name}"
        return resolve_type(type_name) or codec.remote_type(type_name, "class")

    def _codemode_exception(self, module_name, qualified):
        """An exception class the runner binds, as a tool's exception of that class arrives (tool_exception): the
        class itself, or the same stand-in when the program cannot import it."""
        self._load()
        found = resolve_type(codec.TOOLS_PREFIX + qualified if module_name == "tools" else f"{module_name}:{qualified}")
        if isinstance(found, type) and issubclass(found, BaseException):
            return found
        return codec.remote_type(f"{module_name}:{qualified}", "exception")

    def resolve(self, qualified):
        module = self._load()
        if module is None:
            return None
        found = module
        for part in qualified.split("."):
            found = getattr(found, part, None)
        return found if isinstance(found, type) else None


tools = None


def resolve_type(name):
    """The class a type name of a reply stands for, or None for a stand-in."""
    module, _, qualified = name.rpartition(":")
    if name.startswith(codec.TOOLS_PREFIX):
        return tools.resolve(qualified) if tools is not None else None
    if module == "builtins":
        return codec.builtin_exception(qualified)
    try:
        import importlib

        found = sys.modules.get(module) or importlib.import_module(module)
        for part in qualified.split("."):
            found = getattr(found, part)
    except Exception:
        return None
    return found if isinstance(found, type) else None


# --- Running main() --------------------------------------------------------------------------------------------


def failure(error):
    """The error of a failed run, with a traceback that leaves out this runtime (and asyncio's and threading's frames)."""
    asyncio = sys.modules.get("asyncio")
    internal = INTERNAL_FILES + ((os.path.dirname(asyncio.__file__) + os.sep,) if asyncio else ()) + (threading.__file__,)
    summary = traceback.TracebackException(type(error), error, error.__traceback__)
    for part in iterate_chain(summary):
        part.stack = traceback.StackSummary.from_list([frame for frame in part.stack if not frame.filename.startswith(internal)])
    return {"type": type(error).__name__, "message": str(error), "traceback": "".join(summary.format())}


def iterate_chain(summary):
    seen = set()
    while summary is not None and id(summary) not in seen:
        seen.add(id(summary))
        yield summary
        summary = summary.__cause__ or (None if summary.__suppress_context__ else summary.__context__)


reported = False


def report(message):
    global reported
    if reported:
        return
    reported = True
    try:
        channel().send({"op": "result", **message})
    except OSError as error:
        print(f"codemode: could not send the result to the tool host: {error}", file=sys.stderr)


async def awaited(awaitable):
    return await awaitable


def _codemode_run(entry):
    """Runs main() (sync or async), sends its result to the tool host, and exits 1 when it failed."""
    try:
        value = entry()
        if inspect.isawaitable(value):
            import asyncio

            value = asyncio.run(awaited(value))
        output, note = codec.serialise_output(value)
        message = {"ok": True, "output": output, "output_note": note}
    except BaseException as error:
        message = {"ok": False, "error": failure(error)}
        print(message["error"]["traceback"], end="", file=sys.stderr)
    report(message)
    if not message["ok"]:
        raise SystemExit(1)


def report_uncaught(kind, error, error_traceback):
    sys.__excepthook__(kind, error, error_traceback)
    report({"ok": False, "error": failure(error)})


def _codemode_load(relative_path, runner_name):
    """The tools module's types for the runner (loaded already when preload_tools was given its path); a runner run
    as a program (runner_name "__main__") also reports failures outside main()."""
    global tools
    if runner_name == "__main__":
        sys.excepthook = report_uncaught
    if tools is None or tools._path != relative_path:
        tools = ToolsTypes(relative_path)
    return tools


def preload_tools(relative_path):
    """Loads the tools module's types before the runner runs, as its _codemode_load and first use of them would."""
    global tools
    tools = ToolsTypes(relative_path)
    tools._load()


DEPS_FUNCTION = "codemode_deps"


def public_tools(module):
    """The tools of a module as (name, function): its __all__, or the public names it defines; never codemode_deps().
    A function is a tool; an instance (of a class of the user's own files, unless __all__ names it) serves each public
    method its class and the bases of the same module define, as `<instance>_<method>` when no function has that name."""
    exported = getattr(module, "__all__", None)
    if exported is not None:
        candidates = [(str(name), getattr(module, str(name), None)) for name in dict.fromkeys(exported)]
    else:
        candidates = [
            (name, value)
            for name, value in vars(module).items()
            if not name.startswith("_") and (getattr(value, "__module__", None) == module.__name__ or serves_methods(value, False))
        ]
    functions = [(name, value) for name, value in candidates if name != DEPS_FUNCTION and inspect.isfunction(value)]
    taken = {name for name, _ in functions}
    methods = [
        (f"{name}_{method}", bound)
        for name, value in candidates
        if serves_methods(value, exported is not None)
        for method, bound in public_methods(value)
        if f"{name}_{method}" not in taken
    ]
    return functions + methods


def serves_methods(value, of_any_class):
    """An instance of a class (not a class, function, module, enum member or builtin value): of any class when
    of_any_class, else of one of the user's own files, not of the standard library or an installed package."""
    if isinstance(value, (type, enum.Enum)) or inspect.ismodule(value) or inspect.isroutine(value):
        return False
    defined_in = type(value).__module__
    return defined_in != "builtins" and (of_any_class or not is_library_module(defined_in))


_STANDARD_LIBRARY = tuple(os.path.realpath(sysconfig.get_paths()[key]) + os.sep for key in ("stdlib", "platstdlib"))


def is_library_module(name):
    """Whether the module is built in, of the standard library or of an installed package."""
    file = getattr(sys.modules.get(name), "__file__", None)
    if not file:
        return True
    path = os.path.realpath(file)
    parts = path.split(os.sep)
    return path.startswith(_STANDARD_LIBRARY) or "site-packages" in parts or "dist-packages" in parts


def public_methods(instance):
    """The instance's public methods (static and class methods too) that its class, or a base defined in the same
    module, defines, in the order they are defined; a library base's methods (a pydantic model's) are not its own."""
    cls = type(instance)
    found = {}
    for owner in cls.__mro__:
        if owner.__module__ != cls.__module__:
            continue
        for name, attribute in vars(owner).items():
            if not name.startswith("_") and name not in found and isinstance(attribute, (staticmethod, classmethod, types.FunctionType)):
                found[name] = getattr(instance, name)
    return list(found.items())


# Shared with introspect.py and host.py, so that the tools module is imported the same way everywhere.
def load_tools(relative_path, tree=None):
    """Imports the tools module by its path, with the repository root and its own folder importable. `tree`, the
    module's syntax tree when the caller has parsed its source already, is compiled in place of the source (a
    bytecode file in __pycache__ that matches the source is still preferred, as by any import)."""
    path = os.path.abspath(relative_path)
    for folder in (os.getcwd(), os.path.dirname(path)):
        if folder not in sys.path:
            sys.path.insert(0, folder)
    stem = os.path.splitext(os.path.basename(path))[0]
    name = stem if stem.isidentifier() and stem not in sys.modules else "_codemode_user_tools"
    # An explicit loader also takes extensions importlib does not know, such as tools.PY.
    loader = importlib.machinery.SourceFileLoader(name, path)
    if tree is not None:
        loader.source_to_code = lambda _data, source_path: compile(tree, source_path, "exec", dont_inherit=True)
    spec = importlib.util.spec_from_file_location(name, path, loader=loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module
