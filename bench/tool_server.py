"""The tools of a plain tool-calling loop: loads a tools module once and answers calls read from stdin, one JSON
object a line ({"id", "tool", "input"}), each as soon as it is done ({"id", "ok", "content"}). Calls run
concurrently on one event loop, as an agent runs the parallel tool calls of one model turn."""

import asyncio
import importlib.util
import inspect
import json
import sys


def load(path):
    spec = importlib.util.spec_from_file_location("tools", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def answer(tools, call):
    try:
        value = getattr(tools, call["tool"])(**call["input"])
        if inspect.isawaitable(value):
            value = await value
        reply = {"id": call["id"], "ok": True, "content": json.dumps(value)}
    except Exception as error:
        reply = {"id": call["id"], "ok": False, "content": f"{type(error).__name__}: {error}"}
    sys.stdout.write(json.dumps(reply) + "\n")
    sys.stdout.flush()


async def serve(tools):
    loop = asyncio.get_running_loop()
    pending = set()
    while line := await loop.run_in_executor(None, sys.stdin.readline):
        task = asyncio.create_task(answer(tools, json.loads(line)))
        pending.add(task)
        task.add_done_callback(pending.discard)
    await asyncio.gather(*pending)


if __name__ == "__main__":
    asyncio.run(serve(load(sys.argv[1])))
