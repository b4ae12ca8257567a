"""The interpreter running this file, as the engine needs to know it. Imported by introspect.py, so that the
extraction answers it too, or run on its own: prints `{"interpreter", "executable", "folders"}` as JSON."""

import json
import os
import sys

_FOLDER = os.path.dirname(os.path.realpath(__file__))


def installation():
    """`sys.executable` as reported (a binary that starts without a shim); the binary the program starts: the same
    with its links resolved, but in a virtual environment its own link, without which the environment's packages
    are not found (the sandbox shows the environment's folder); and the folders the interpreter reads: sys.prefix,
    sys.base_prefix and the existing folders of sys.path, without this file's folder and PYTHONPATH's entries. Call
    it before anything changes sys.path."""
    added = {os.path.abspath(folder) for folder in os.environ.get("PYTHONPATH", "").split(os.pathsep) if folder}
    found = [os.path.abspath(folder) for folder in sys.path if folder and os.path.isdir(folder)]
    folders = [sys.prefix, sys.base_prefix] + [folder for folder in found if folder not in added and os.path.realpath(folder) != _FOLDER]
    return {
        "interpreter": sys.executable or "",
        "executable": (sys.executable if sys.prefix != sys.base_prefix else os.path.realpath(sys.executable)) if sys.executable else "",
        "folders": list(dict.fromkeys(folders)),
    }


if __name__ == "__main__":
    print(json.dumps(installation()))
