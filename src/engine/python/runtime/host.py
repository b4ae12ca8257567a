"""The tool host for Python tools (docs/tool-host.md).

Run as `python -X utf8 -B host.py <tools module>`. Imports the tools module, then reads how to start the program
on the first line of standard input and starts it, with the channel as its file descriptor 3: it gets ready and
waits for its text. Then reads the launch spec on standard input (the engine starts the host while Claude Code
writes and sends the spec once the program is verified), sends the program its text, serves its calls (sync tools
in this thread, async ones on an event loop of their own, so they overlap), keeps the trace and the journal, and
writes the report once the program has exited. Everything the program sends is untrusted data: it is decoded as plain
values and bound to the tool's parameters."""

import asyncio
import collections
import concurrent.futures
import fnmatch
import inspect
import json
import os
import re
import signal
import socket
import sys
import threading
import time
import traceback

# Our modules come from this folder; the tools module must not see it on its import path.
FOLDER = os.path.dirname(os.path.realpath(__file__))
sys.path.insert(0, FOLDER)
import _codemode_arguments as arguments  # noqa: E402
import _codemode_codec as codec  # noqa: E402
from _codemode_runtime import DEPS_FUNCTION, load_tools, public_tools  # noqa: E402

sys.path[:] = [folder for folder in sys.path if os.path.realpath(folder or os.curdir) != FOLDER]

CHANNEL_FD = 3
CHUNK = 1 << 20
# Enough of an oversized or broken line to find which call it was.
PREFIX = 4096
# The trace keeps a call's arguments and result as they are until the report previews them; those whose message
# is larger than this are previewed at once, so the trace of a long run holds no large values.
KEEP_BYTES = 64 * 1024
# A tool's call name: an identifier, or identifiers joined by dots (an MCP tool's `server.tool`).
TOOL_NAME = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*)*")
MAX_TOOL_NAME = 200
# Calls recorded in the trace and the call log; the report counts the rest.
MAX_TRACE_ROWS = 10_000
# The longest error text a trace row keeps, and the longest preview a line of the call log keeps.
ERROR_TEXT = 4000
CALL_LOG_TEXT = 160
# The trace's size in the report, past which the rows that follow keep no arguments or result.
REPORT_TRACE_BYTES = 32 * 1024 * 1024
# The tool column of a message that is not a valid call: it is recorded as malformed, never under the name it claims.
MALFORMED = "?"
CALL_PREFIX = re.compile(
    rb'^\s*\{\s*"op"\s*:\s*"call"\s*,\s*"id"\s*:\s*(\d{1,15})\s*(?:,\s*"tool"\s*:\s*"([A-Za-z_][A-Za-z0-9_]{0,200})")?'
)
CONTEXT_ANNOTATION = re.compile(r"""^["']?(?:[\w.]+\.)?RunContext(?:\[.*\])?["']?$""", re.S)
INTERNAL = (os.path.realpath(__file__), codec.__file__, os.path.dirname(asyncio.__file__) + os.sep, threading.__file__, "<frozen ")
clock = time.perf_counter
PLAIN_TYPES = frozenset((str, int, float, bool, type(None), list, dict))
# The module-level list of the tools (names or globs) whose calls need a person's approval.
APPROVE_NAME = "CODEMODE_APPROVE"
# The call journal's size past which the host stops writing it: a run that pauses later cannot be resumed.
MAX_CALL_JOURNAL_BYTES = 256 * 1024 * 1024


class Context:
    """Passed to tools that take ctx: ctx.deps is the value of the module's codemode_deps(), made on first use."""

    def __init__(self, module):
        self._module = module
        self._lock = threading.Lock()

    @property
    def deps(self):
        with self._lock:
            if not hasattr(self, "_deps"):
                factory = getattr(self._module, DEPS_FUNCTION, None)
                if factory is None:
                    raise RuntimeError("the tools module defines no codemode_deps(), so ctx.deps is unavailable")
                self._deps = factory()
            return self._deps


def takes_context(signature):
    parameters = list(signature.parameters.values())
    if not parameters or parameters[0].kind not in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD):
        return False
    first = parameters[0]
    if first.name == "ctx":
        return True
    annotation = first.annotation
    if annotation is inspect.Parameter.empty:
        return False
    text = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
    return bool(CONTEXT_ANNOTATION.match(text))


class Tool:
    def __init__(self, name, function):
        self.name = name
        self.function = function
        self.signature = inspect.signature(function)
        self.context = takes_context(self.signature)
        self.is_async = inspect.iscoroutinefunction(function) or inspect.iscoroutinefunction(inspect.unwrap(function))
        parameters = list(self.signature.parameters.values())[1 if self.context else 0 :]
        self.checker = arguments.Checker(function, skip=1 if self.context else 0)
        simple = all(parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for parameter in parameters)
        self.names = tuple(parameter.name for parameter in parameters) if simple else None
        self.required = tuple(parameter.name for parameter in parameters if parameter.default is inspect.Parameter.empty)

    def quick_bind(self, positional, keywords):
        """What Signature.bind gives for a tool whose parameters are all plain ones, when the call fits them:
        (args, kwargs) to call it with (after ctx) and the arguments by name; None leaves the call to bind()."""
        names = self.names
        if names is None or len(positional) > len(names):
            return None
        named = dict(zip(names, positional))
        args = list(positional)
        kwargs = {}
        if keywords:
            for key in keywords:
                if key in named or key not in names:
                    return None
            gap = False
            for name in names[len(positional) :]:
                if name in keywords:
                    named[name] = value = keywords[name]
                    if gap:
                        kwargs[name] = value
                    else:
                        args.append(value)
                else:
                    gap = True
        if len(named) < len(names):
            for name in self.required:
                if name not in named:
                    return None
        return args, kwargs, named


def named_arguments(tool, bound):
    """The arguments by parameter name, as the trace shows them: **kwargs spread out, ctx left out."""
    named = {}
    for index, (name, value) in enumerate(bound.arguments.items()):
        if index == 0 and tool.context:
            continue
        if tool.signature.parameters[name].kind is inspect.Parameter.VAR_KEYWORD:
            named.update(value)
        else:
            named[name] = value
    return named


def parameter_values(tool, bound):
    """The bound arguments by parameter name, ctx left out: *args as a tuple, **kwargs as a dict."""
    values = dict(bound.arguments)
    if tool.context:
        values.pop(next(iter(values)))
    return values


def tool_traceback(error):
    """The traceback of an exception a tool raised, without the host's frames."""
    summary = traceback.TracebackException(type(error), error, error.__traceback__)
    part, seen = summary, set()
    while part is not None and id(part) not in seen:
        seen.add(id(part))
        part.stack = traceback.StackSummary.from_list([frame for frame in part.stack if not frame.filename.startswith(INTERNAL)])
        part = part.__cause__ or (None if part.__suppress_context__ else part.__context__)
    return "".join(summary.format())


class Journal:
    """Calls completed successfully in this run: earlier attempts' ones answer identical calls, each at most once."""

    def __init__(self, path):
        self.path = path
        self.entries = collections.defaultdict(collections.deque)
        self.lock = threading.Lock()
        self.fd = None
        if not path:
            return
        try:
            with open(path, encoding="utf-8") as handle:
                lines = handle.readlines()
        except FileNotFoundError:
            return
        for line in lines:
            try:
                entry = json.loads(line)
                self.entries[self.key(entry["tool"], entry["args"], entry["kwargs"])].append(entry["value"])
            except (ValueError, KeyError, TypeError):
                continue

    @staticmethod
    def key(tool, args, kwargs):
        return _key_text([tool, args, kwargs])

    def take(self, tool, args, kwargs):
        if not self.entries:
            return False, None
        with self.lock:
            key = self.key(tool, args, kwargs)
            found = self.entries.get(key)
            if not found:
                return False, None
            value = found.popleft()
            if not found:
                del self.entries[key]
            return True, value

    def append(self, tool, args, kwargs, value_text):
        """Records a completed call; value_text is its encoded result as JSON text, as the reply carried it."""
        if not self.path:
            return
        call_text = codec.json_text({"tool": tool, "args": args, "kwargs": kwargs})
        line = f'{call_text[:-1]},"value":{value_text}}}\n'.encode()
        with self.lock:
            if self.fd is None:
                self.fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
            # One write per entry, unbuffered: an attempt that is killed keeps every call it completed.
            view = memoryview(line)
            while view:
                view = view[os.write(self.fd, view) :]


def valid_tool_name(name):
    return isinstance(name, str) and len(name) <= MAX_TOOL_NAME and TOOL_NAME.fullmatch(name) is not None


def shortened(text, limit):
    return text if len(text) <= limit else f"{text[:limit]}... (+{len(text) - limit} chars)"


# Built once: json.dumps given any option builds a new encoder for each value, which costs more than encoding a
# line of the call log.
_preview_text = codec.json_encoder(separators=(", ", ": "), allow_nan=True, default=repr)
_line_text = codec.json_encoder(separators=(", ", ": "))
_key_text = codec.json_encoder(sort_keys=True, allow_nan=True)


def short_preview(value, where):
    """A value as one short text, for the call log."""
    return shortened(_preview_text(codec.preview(value, where)), CALL_LOG_TEXT)


class CallLog:
    """The calls as they happen, one JSON line when a call begins and one when it ends, so that a host that is
    killed or dies still leaves which tools ran. At most MAX_TRACE_ROWS calls; each line is short."""

    def __init__(self, path):
        self.lock = threading.Lock()
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_TRUNC, 0o666) if path else None

    def write(self, entry):
        if self.fd is None:
            return
        line = (_line_text(entry) + "\n").encode("utf-8")
        with self.lock:
            view = memoryview(line)
            while view:
                view = view[os.write(self.fd, view) :]

    def begin(self, number, tool, start_ms, args):
        self.write({"call": number, "tool": tool, "start_ms": round(start_ms, 3), "args": short_preview(args, "args")})

    def end(self, number, ok, duration_ms, replayed, value):
        shown = short_preview(value, "result") if ok else shortened(value, CALL_LOG_TEXT)
        self.write(
            {"call": number, "ok": ok, "duration_ms": round(duration_ms, 3), "replayed": replayed, "result" if ok else "error": shown}
        )


class CallJournal:
    """Every call of this run that reached a tool, in order, with its arguments as the program encoded them and its
    outcome: a `begin` line, then `value`, `error` or `pending` (a begin with no end had no outcome when the run
    ended). A resumed run replays it (docs/tool-host.md); past MAX_CALL_JOURNAL_BYTES it ends with `incomplete`."""

    def __init__(self, path):
        self.lock = threading.Lock()
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666) if path else None
        self.size = 0

    def write(self, entry):
        if self.fd is None:
            return
        line = codec.dumps(entry)
        with self.lock:
            if self.size + len(line) > MAX_CALL_JOURNAL_BYTES:
                os.write(self.fd, codec.dumps({"incomplete": True}))
                os.close(self.fd)
                self.fd = None
                return
            self.size += len(line)
            view = memoryview(line)
            while view:
                view = view[os.write(self.fd, view) :]


def read_replay(path):
    """The calls of an earlier run's call journal, in order: each {key, tool, outcome, value | error}."""
    if not path:
        return []
    calls = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            entry = json.loads(line)
            number = entry.get("call")
            if "tool" in entry and number == len(calls) + 1:
                calls.append(
                    {"key": Journal.key(entry["tool"], entry["args"], entry["kwargs"]), "tool": entry["tool"], "outcome": "unknown"}
                )
            elif isinstance(number, int) and 0 < number <= len(calls):
                outcome = next((name for name in ("value", "error", "pending") if name in entry), "unknown")
                calls[number - 1].update(outcome=outcome, value=entry.get(outcome))
    return calls


class Approvals:
    """Which calls need a person's approval, and the replay of an earlier run's calls when this run resumes it."""

    def __init__(self, spec, module):
        approval = spec.get("approval") or {}
        declared = getattr(module, APPROVE_NAME, [])
        if not isinstance(declared, (list, tuple)) or not all(isinstance(name, str) for name in declared):
            raise TypeError(f"{APPROVE_NAME} must be a list of tool names")
        self.marked = [*approval.get("tools", []), *declared]
        self.approved_tools = [*approval.get("approved_tools", [])]
        self.approved_call = approval.get("approved_call")
        self.replay = read_replay(approval.get("replay"))
        self.journal = CallJournal(spec.get("call_journal"))
        self.sequence = 0

    def needs_approval(self, tool):
        if not self.marked:
            return False
        matches = lambda patterns: any(fnmatch.fnmatchcase(tool, pattern) for pattern in patterns)  # noqa: E731
        return matches(self.marked) and not matches(self.approved_tools)

    def decide(self, tool, args, kwargs):
        """What to do with the program's next call: (number, what, value), `what` one of call, pause, value, error,
        or stop with the reason as value. Numbers count from 1, in the order the calls reached the host."""
        number = self.sequence + 1
        self.sequence = number
        earlier = self.replay[number - 1] if number <= len(self.replay) else None
        if earlier is not None and earlier["key"] != Journal.key(tool, args, kwargs):
            what = "other arguments" if earlier["tool"] == tool else f"{earlier['tool']}()"
            return number, "stop", f"replay diverged at call {number}: the program called {tool}() where the journal has {what}"
        if earlier is not None and earlier["outcome"] == "unknown":
            unknown = "has no outcome in the journal (it was in flight when that run ended): it is neither replayed nor made again"
            return number, "stop", f"call {number}, {tool}(), {unknown}"
        if self.journal.fd is not None:
            self.journal.write({"call": number, "tool": tool, "args": args, "kwargs": kwargs})
        if earlier is not None and earlier["outcome"] in ("value", "error"):
            return number, earlier["outcome"], earlier["value"]
        if number == self.approved_call or not self.needs_approval(tool):
            return number, "call", None
        return number, "pause", None


class Metering:
    """What the program's calls use (docs/budgets.md): their number, bounded by max_tool_calls, the time of each,
    bounded by tool_timeout, and the bytes of the results sent to the program."""

    def __init__(self, spec):
        self.max_calls = spec.get("max_tool_calls")
        timeout_ms = spec.get("tool_timeout_ms")
        self.timeout = timeout_ms / 1000 if timeout_ms else None
        self.calls = 0
        self.refused = 0
        self.result_bytes = 0

    def refusal(self, name):
        """Counts a call: the error it fails with instead of running once it is past max_tool_calls, else None."""
        self.calls += 1
        if self.max_calls is None or self.calls <= self.max_calls:
            return None
        self.refused += 1
        return RuntimeError(f"{name}() was not called: the run's budget of {self.max_calls} tool calls is spent (max_tool_calls)")

    def timed_out(self, name):
        return TimeoutError(f"{name}() did not finish within the tool_timeout of {self.timeout:g} s")

    def run_sync(self, name, function, args, kwargs):
        """Calls a sync tool; with a tool_timeout, in a thread of its own that is left to finish unseen once over it."""
        if self.timeout is None:
            return function(*args, **kwargs)
        outcome = concurrent.futures.Future()

        def target():
            try:
                outcome.set_result(function(*args, **kwargs))
            except BaseException as error:
                outcome.set_exception(error)

        threading.Thread(target=target, name="codemode-timed-tool", daemon=True).start()
        done, _ = concurrent.futures.wait([outcome], timeout=self.timeout)
        if not done:
            raise self.timed_out(name)
        return outcome.result()

    async def run_async(self, name, awaitable):
        """Awaits a tool's awaitable; with a tool_timeout, cancelled once over it."""
        if self.timeout is None:
            return await awaitable
        task = asyncio.ensure_future(awaitable)
        done, _ = await asyncio.wait({task}, timeout=self.timeout)
        if not done:
            task.cancel()
            raise self.timed_out(name)
        return task.result()


class McpToolError(Exception):
    """An MCP tool's error result (isError), raised in the program."""


class McpForwarder:
    """Sends the calls of MCP tools to the engine, which holds the servers, on the spec's mcp_fd, one at a time."""

    def __init__(self, fd):
        self.socket = socket.socket(fileno=fd)
        self.replies = self.socket.makefile("rb")
        self.lock = threading.Lock()
        self.next_id = 0
        self.elicitations = None

    def tool(self, name):
        """The tool function of one MCP tool: it takes the tool's arguments object."""

        def forward(args=None):
            return self.call(name, {} if args is None else args)

        forward.__name__ = name
        return forward

    def call(self, name, args):
        with self.lock:
            ident = self.next_id
            self.next_id += 1
            self.socket.sendall(json.dumps({"id": ident, "call": name, "args": args}).encode() + b"\n")
            line = self.replies.readline()
        if not line:
            raise McpToolError("the engine stopped serving MCP calls")
        reply = json.loads(line)
        self.elicitations = reply.get("elicitations")
        if reply.get("ok"):
            return reply.get("value")
        raise McpToolError(reply.get("error") or "the MCP tool failed")

    def take_elicitations(self):
        """The elicitations the engine recorded for the last call, once: MCP tools are called one at a time."""
        found, self.elicitations = self.elicitations, None
        return found


class Host:
    def __init__(self):
        self.forwarder = None
        self.trace = []
        self.untraced = 0
        self.result = None
        self.stopped = None
        self.replayed = 0
        self.paused = None
        self.send_lock = threading.Lock()
        self.loop = None
        self.pid = None
        self.started = clock()
        self.chunk = bytearray(CHUNK)
        self.view = memoryview(self.chunk)

    # --- starting ---------------------------------------------------------------------------------------------

    def load(self, tools_path):
        """What needs no launch spec: the tools module and its tools, loaded before the program is known."""
        self.module = load_tools(tools_path)
        codec.tools_module_name = self.module.__name__
        self.tools = {name: Tool(name, function) for name, function in public_tools(self.module)}
        data_types = arguments.reachable_data_types(hint for tool in self.tools.values() for hint in tool.checker.hints.values())
        self.buildable = {codec.type_name(cls): cls for cls in data_types}
        self.context = Context(self.module)

    def configure(self, spec):
        """What the launch spec says of this execution: its files, limits, MCP tools and approvals."""
        self.spec = spec
        self.max_bytes = int(spec.get("max_message_bytes") or codec.MAX_MESSAGE_BYTES)
        self.journal = Journal(spec.get("journal"))
        self.call_log = CallLog(spec.get("call_log"))
        self.metering = Metering(spec)
        if spec.get("mcp_tools"):
            self.forwarder = McpForwarder(int(spec["mcp_fd"]))
            self.tools.update({name: Tool(name, self.forwarder.tool(name)) for name in spec["mcp_tools"]})
        self.valid_names = frozenset(name for name in self.tools if valid_tool_name(name))
        self.approvals = Approvals(spec, self.module)

    def start(self, start):
        """Starts the program as `start` says, with the channel as its descriptor 3 and, as its standard input, the
        pipe on which release() sends its text: until then it runs nothing of the program."""
        parent, child = socket.socketpair()
        self.socket = parent
        text_read, self.text_pipe = os.pipe()
        fd = child.fileno()
        spare = os.dup(fd) if fd == CHANNEL_FD else None
        fd = spare if spare is not None else fd
        env = {str(key): str(value) for key, value in (start.get("program_env") or {}).items()}
        program = [str(part) for part in start["program"]]
        # Standard input first: the pipe's end may be descriptor 3, which the channel then takes.
        actions = [(os.POSIX_SPAWN_DUP2, text_read, 0), (os.POSIX_SPAWN_DUP2, fd, CHANNEL_FD)]
        try:
            self.pid = os.posix_spawnp(program[0], program, env, file_actions=actions)
        finally:
            os.close(text_read)
            child.close()
            if spare is not None:
                os.close(spare)

    def release(self, text):
        """Sends the program its verified text: its length in bytes on a line, then the text. The program starts
        now, as far as the trace's times go."""
        data = text.encode("utf-8")
        view = memoryview(b"%d\n%b" % (len(data), data))
        self.started = clock()
        try:
            while view:
                view = view[os.write(self.text_pipe, view) :]
        except OSError:
            pass  # the program is gone: serve() finds it ended without a result
        finally:
            os.close(self.text_pipe)

    def resolve(self, name):
        """Types an argument may be built as: the data types the tools' parameters reach and builtin exceptions,
        nothing else (no helper class, whose __del__ or __eq__ would run with fields the program chose)."""
        module, _, qualified = name.rpartition(":")
        return codec.builtin_exception(qualified) if module == "builtins" else self.buildable.get(name)

    # --- the channel ------------------------------------------------------------------------------------------

    def send(self, message):
        self.write(codec.dumps(message))

    def write(self, data):
        with self.send_lock:
            try:
                self.socket.sendall(data)
            except OSError:
                pass  # the program is gone; its trace entry is kept all the same

    def receive(self):
        """How many bytes the socket had, up to CHUNK, read into one buffer kept for the run (a fresh CHUNK-sized
        buffer per read would be mapped and unmapped each time). Nothing (0) once the channel is reset: every process
        that held its other end has ended, leaving replies unread."""
        try:
            return self.socket.recv_into(self.chunk)
        except ConnectionResetError:
            return 0

    def serve(self):
        """Reads the program's messages until it has exited. Once it has exited, the
        waiting thread shuts the channel down: a read still returns what the program sent before, then the end; a
        process it left can no longer send anything, and a reply it does not read no longer blocks the host."""
        exited = threading.Event()

        def wait():
            os.waitpid(self.pid, 0)
            exited.set()
            self.socket.shutdown(socket.SHUT_RDWR)

        threading.Thread(target=wait, name="codemode-wait", daemon=True).start()
        self.buffer = bytearray()
        self.discarding = False
        while True:
            count = self.receive()
            if not count or not self.feed(count):
                break
        exited.wait()

    def feed(self, count):
        """Splits the count bytes that arrived into lines; False once the program has been stopped. A line that
        arrived whole is read where it is; only one that goes on past a read is gathered aside. A line over the
        limit is answered as soon as it is over (its call fails, or the program is stopped) and the rest of it
        dropped."""
        start = 0
        while self.stopped is None:
            end = self.chunk.find(b"\n", start, count)
            piece = self.view[start : count if end < 0 else end]
            if not self.discarding:
                if end < 0 or self.buffer:
                    self.buffer += piece
                    piece = self.buffer
                if len(piece) > self.max_bytes:
                    prefix, self.buffer = bytes(piece[:PREFIX]), bytearray()
                    self.discarding = True
                    self.reject(prefix, f"the message is larger than the {self.max_bytes // (1024 * 1024)} MiB limit")
                    continue
            if end < 0:
                return True
            if self.discarding:
                self.discarding = False
            else:
                if piece is self.buffer:
                    self.buffer = bytearray()
                self.handle(piece)
            start = end + 1
        return False

    def reject(self, line, problem):
        """A line that is not a valid message: the call fails when it names one, else the program is stopped."""
        found = CALL_PREFIX.match(line[:PREFIX])
        if found:
            tool = found.group(2).decode() if found.group(2) else "?"
            call = self.open_call(MALFORMED, {})
            self.fail(call, int(found.group(1)), ValueError(f"{tool}() was not called: {problem}"))
        else:
            self.stop(f"it sent a message that is not valid: {problem}")

    def stop(self, reason):
        self.stopped = reason
        print(f"codemode: the program was stopped: {reason}", file=sys.stderr, flush=True)
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def handle(self, line):
        try:
            message = codec.loads(line)
        except codec.DecodeError as error:
            return self.reject(line, str(error))
        op = message.get("op")
        if op == "result":
            return self.take_result(message)
        ident = message.get("id")
        if op != "call" or type(ident) is not int:
            return self.reject(line, "it is neither a call with an id nor a result")
        tool = message.get("tool")
        if (type(tool) is not str or tool not in self.valid_names) and not valid_tool_name(tool):
            return self.fail(
                self.open_call(MALFORMED, {}),
                ident,
                ValueError(f"a call names its tool with an identifier of at most {MAX_TOOL_NAME} characters"),
            )
        self.call(ident, tool, message.get("args", []), message.get("kwargs", {}), len(line) > KEEP_BYTES)

    def take_result(self, message):
        if self.result is not None:
            return
        if message.get("ok") is True:
            note = message.get("output_note")
            self.result = {
                "ok": True,
                "output": message.get("output"),
                "output_note": note if isinstance(note, str) else None,
                "error": None,
            }
            return
        error = message.get("error") if isinstance(message.get("error"), dict) else {}
        limits = {"type": MAX_TOOL_NAME, "message": ERROR_TEXT, "traceback": KEEP_BYTES}
        details = {key: shortened(str(error.get(key, "")), limit) for key, limit in limits.items()}
        self.result = {"ok": False, "output": None, "output_note": None, "error": details}

    # --- calls ------------------------------------------------------------------------------------------------

    def open_call(self, tool, args):
        number = len(self.trace)
        entry = {"tool": tool, "args": args, "ok": False, "start": clock(), "end": None, "value": None, "replayed": False, "number": number}
        if number < MAX_TRACE_ROWS:
            self.trace.append(entry)
            self.call_log.begin(number, tool, (entry["start"] - self.started) * 1000, args)
        else:
            self.untraced += 1
        return entry

    def close_call(self, entry):
        entry["end"] = clock()
        if entry["number"] < MAX_TRACE_ROWS:
            self.call_log.end(entry["number"], entry["ok"], (entry["end"] - entry["start"]) * 1000, entry["replayed"], entry["value"])

    def call(self, ident, name, args, kwargs, large=False):
        refused = self.metering.refusal(name)
        if refused:
            return self.fail(self.open_call(name, {}), ident, refused)
        tool = self.tools.get(name)
        if tool is None:
            return self.fail(self.open_call(name, {}), ident, NameError(f"there is no tool named {name!r}"))
        try:
            if not isinstance(args, list) or not isinstance(kwargs, dict):
                raise codec.DecodeError("args is a list and kwargs an object")
            positional, keywords = codec.decode(args, self.resolve), codec.decode(kwargs, self.resolve)
        except codec.DecodeError as error:
            return self.fail(
                self.open_call(name, {}), ident, ValueError(f"{name}() was not called: its arguments cannot be decoded: {error}")
            )
        quick = tool.quick_bind(positional, keywords)
        if quick is not None:
            call_args, call_kwargs, named = quick
            if tool.context:
                call_args.insert(0, self.context)
        else:
            try:
                bound = tool.signature.bind(*((self.context,) if tool.context else ()), *positional, **keywords)
            except TypeError as error:
                named = dict(keywords)
                if positional:
                    named["*args"] = positional
                return self.fail(self.open_call(name, named), ident, TypeError(f"{name}(): {error}"))
            call_args, call_kwargs, named = bound.args, bound.kwargs, named_arguments(tool, bound)
        problem = tool.checker.problem(named if quick is not None else parameter_values(tool, bound))
        if problem:
            return self.fail(self.open_call(name, named), ident, TypeError(f"{name}() was not called: {problem}"))
        entry = self.open_call(name, codec.Previewed(named, "args") if large else named)
        if self.approved(entry, ident, named, args, kwargs):
            return
        found, value = self.journal.take(name, args, kwargs)
        if found:
            self.answer_from_journal(entry, ident, value)
            return
        if tool.is_async:
            asyncio.run_coroutine_threadsafe(self.run_async(entry, ident, tool, call_args, call_kwargs, args, kwargs), self.event_loop())
            return
        try:
            value = self.metering.run_sync(name, tool.function, call_args, call_kwargs)
            if type(value) not in PLAIN_TYPES and inspect.isawaitable(value):
                value = asyncio.run_coroutine_threadsafe(self.metering.run_async(name, value), self.event_loop()).result()
        except BaseException as error:
            self.note_elicitations(entry)
            return self.fail(entry, ident, error)
        self.note_elicitations(entry)
        self.finish(entry, ident, value, args, kwargs)

    def note_elicitations(self, entry):
        """Keeps on an MCP call's trace row the elicitations its server sent while it ran."""
        found = self.forwarder.take_elicitations() if self.forwarder else None
        if found:
            entry["elicitations"] = found

    def approved(self, entry, ident, named, args, kwargs):
        """Whether the call was answered here, not by its tool: replayed from the journal of the run this one
        resumes, paused for a person's approval, or refused because the replay diverged."""
        number, what, value = self.approvals.decide(entry["tool"], args, kwargs)
        if what == "call":
            entry["journal"] = number
            return False
        if what == "value":
            entry["journal"] = number
            self.answer_from_journal(entry, ident, value)
        elif what == "error":
            self.replay_error(entry, ident, number, value)
        elif what == "pause":
            self.approvals.journal.write({"call": number, "pending": True})
            self.paused = {"call": number, "tool": entry["tool"], "args": codec.preview(named, "args")}
            self.fail(entry, ident, PermissionError(f"{entry['tool']}() was not called: it needs approval"))
            self.stop(f"call {number}, {entry['tool']}(), needs approval")
        else:
            self.fail(entry, ident, RuntimeError(value))
            self.stop(value)
        return True

    def replay_error(self, entry, ident, number, payload):
        """The error a call raised in the run this one resumes, raised again in the program."""
        if not isinstance(payload, dict):
            return self.fail(entry, ident, ValueError(f"the journal's error of {entry['tool']}() cannot be read"))
        self.approvals.journal.write({"call": number, "error": payload})
        entry.update(replayed=True, ok=False, value=shortened(f"{payload.get('type')}: {payload.get('message')}", ERROR_TEXT))
        entry["args"] = codec.Previewed(entry["args"], "args")
        self.replayed += 1
        self.close_call(entry)
        self.send({"op": "raise", "id": ident, "error": payload})

    def answer_from_journal(self, entry, ident, value):
        entry["replayed"] = True
        self.replayed += 1
        try:
            self.succeed(entry, ident, codec.decode(value, self.resolve), value)
        except codec.DecodeError as error:
            self.fail(entry, ident, ValueError(f"the journal's answer to {entry['tool']}() cannot be decoded: {error}"))

    async def run_async(self, entry, ident, tool, call_args, call_kwargs, args, kwargs):
        try:
            value = await self.metering.run_async(tool.name, tool.function(*call_args, **call_kwargs))
        except BaseException as error:
            return self.fail(entry, ident, error)
        self.finish(entry, ident, value, args, kwargs)

    def event_loop(self):
        if self.loop is None:
            self.loop = asyncio.new_event_loop()
            threading.Thread(target=self.loop.run_forever, name="codemode-async-tools", daemon=True).start()
        return self.loop

    def finish(self, entry, ident, value, args, kwargs):
        if type(value) not in PLAIN_TYPES and inspect.isgenerator(value):
            try:
                value = list(value)
            except BaseException as error:
                return self.fail(entry, ident, error)
        try:
            data = codec.encode(value)
        except (codec.EncodeError, RecursionError) as error:
            return self.fail(entry, ident, TypeError(f"{entry['tool']}() returned a value that cannot be sent to the program: {error}"))
        value_text = self.succeed(entry, ident, value, data)
        if value_text is not None:
            self.journal.append(entry["tool"], args, kwargs, value_text)

    def succeed(self, entry, ident, value, data):
        """Answers the call with its value (data: the value encoded); the encoded value's JSON text, or None when
        the value was too large to send and the call failed instead."""
        value_text = codec.json_text(data)
        reply = f'{{"op":"return","id":{ident},"value":{value_text}}}\n'.encode()
        if len(reply) > self.max_bytes:
            self.fail(
                entry,
                ident,
                ValueError(f"{entry['tool']}() returned a value larger than the {self.max_bytes // (1024 * 1024)} MiB message limit"),
            )
            return None
        entry["ok"] = True
        entry["value"] = codec.Previewed(value, "result") if len(reply) > KEEP_BYTES else value
        if entry.get("journal"):
            self.approvals.journal.write({"call": entry["journal"], "value": data})
        # The reply first: what is only written down for the run's record is done while the program goes on.
        self.write(reply)
        self.close_call(entry)
        self.metering.result_bytes += len(reply)
        return value_text

    def fail(self, entry, ident, error):
        entry.update(ok=False, value=shortened(codec.describe(error), ERROR_TEXT))
        if type(entry["args"]) is not codec.Previewed:
            entry["args"] = codec.Previewed(entry["args"], "args")
        self.close_call(entry)
        payload = codec.exception_payload(error)
        if error.__traceback__ is not None:
            payload["traceback"] = tool_traceback(error)
        if entry.get("journal"):
            self.approvals.journal.write({"call": entry["journal"], "error": payload})
        self.send({"op": "raise", "id": ident, "error": payload})

    # --- the report -------------------------------------------------------------------------------------------

    def report(self):
        trace = []
        for entry in list(self.trace):
            ended = entry["end"]
            if ended is None:
                ok, value = False, "the call had not finished when the program ended"
            else:
                ok, value = entry["ok"], entry["value"]
            start = (entry["start"] - self.started) * 1000
            duration = ((clock() if ended is None else ended) - entry["start"]) * 1000
            row = codec.trace_entry(entry["tool"], entry["args"], ok, value, start, duration)
            row["replayed"] = entry["replayed"]
            if "elicitations" in entry:
                row["elicitations"] = entry["elicitations"]
            trace.append(row)
        report = {
            "trace": trace,
            "untraced_calls": self.untraced,
            "replayed": self.replayed,
            "result": self.result,
            "stopped": self.stopped,
            "calls_refused": self.metering.refused,
            "result_bytes": self.metering.result_bytes,
        }
        return {**report, "paused": self.paused} if self.paused else report


def bounded_trace(trace):
    """The trace within REPORT_TRACE_BYTES: once the rows pass it, the rows that follow keep no arguments or result."""
    kept, size = [], 0
    for row in trace:
        if size <= REPORT_TRACE_BYTES:
            size += len(json.dumps(row, ensure_ascii=False))
        if size > REPORT_TRACE_BYTES:
            shown = "(not kept: the trace is over its limit in the report)"
            row = {**row, "args": shown, **({"result": shown} if row["ok"] else {"error": shown})}
        kept.append(row)
    return kept


def report_text(report):
    # json.dumps encodes in C; json.dump would encode piece by piece in Python.
    try:
        text = json.dumps(report, ensure_ascii=False, allow_nan=False)
    except (RecursionError, ValueError) as error:
        # An output the program nested too deeply to write must not cost the trace.
        reason = f"its output could not be written: {type(error).__name__}"
        report = {**report, "result": None, "stopped": report.get("stopped") or reason}
        text = json.dumps(report, ensure_ascii=False, allow_nan=False)
    if len(text) > REPORT_TRACE_BYTES and len(json.dumps(report["trace"], ensure_ascii=False)) > REPORT_TRACE_BYTES:
        text = json.dumps({**report, "trace": bounded_trace(report["trace"])}, ensure_ascii=False, allow_nan=False)
    return text


def write_report(path, report):
    temporary = f"{path}.partial"
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(report_text(report))
    os.replace(temporary, path)


def read_start():
    """How to start the program, the first line of standard input, or None when the engine closes it first."""
    try:
        start = json.loads(sys.stdin.readline())
    except ValueError:
        return None
    return start if isinstance(start, dict) and isinstance(start.get("program"), list) and start["program"] else None


def read_spec():
    """The launch spec the engine writes on standard input once the program is verified, or None when it closes
    it without one (the program is not run). Standard input is then /dev/null again, for the tools."""
    try:
        spec = json.load(sys.stdin)
    except ValueError:
        return None
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    return spec if isinstance(spec, dict) else None


def load_failure_report(error):
    text = tool_traceback(error)
    print(text, end="", file=sys.stderr)
    failure = {"type": type(error).__name__, "message": str(error), "traceback": text}
    return {
        "trace": [],
        "untraced_calls": 0,
        "replayed": 0,
        "result": {"ok": False, "output": None, "output_note": None, "error": failure},
        "stopped": None,
    }


def main(tools_path):
    host = Host()
    try:
        host.load(tools_path)
        loading = None
    except BaseException as error:
        loading = error
    start = read_start()
    if start is None:
        return 2
    try:
        host.start(start)
        starting = None
    except OSError as error:
        starting = error
    spec = read_spec()
    if spec is None or not isinstance(spec.get("program_text"), str):
        return 2
    if spec.get("cwd"):
        os.chdir(spec["cwd"])
    try:
        if loading is not None:
            raise loading
        host.configure(spec)
    except BaseException as error:
        write_report(spec["report"], load_failure_report(error))
        return 1
    if starting is not None:
        print(f"codemode: the program could not be started: {starting}", file=sys.stderr)
        write_report(spec["report"], host.report())
        return 1
    host.release(spec["program_text"])

    def stop(signum, _frame):
        host.stop(f"the tool host received signal {signum}")

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    host.serve()
    report = host.report()
    write_report(spec["report"], report)
    sys.stdout.flush()
    return 0 if report["result"] and report["result"]["ok"] else 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: host.py <tools module>  (the launch spec comes on standard input)")
    sys.exit(main(sys.argv[1]))
