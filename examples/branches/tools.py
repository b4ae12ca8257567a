"""Branch housekeeping over a small branch list kept in a JSON file: listing is free, deleting needs a person.

The branches live in `.branches.json` in the working directory (created on first use), so that a run that pauses
and resumes sees the deletions it already made, and every call is logged there too.
"""

import json
from pathlib import Path

# The tools whose calls wait for a person's `/codemode approve` (names or globs); no import of Code Mode needed.
CODEMODE_APPROVE = ["delete_branch"]

STATE = Path(".branches.json")
BRANCHES = {
    "main": "2024-06-01",
    "feature/login": "2023-01-10",
    "fix/typo": "2023-02-03",
    "spike/cache": "2023-03-15",
    "release/1.0": "2024-05-20",
}


def _load() -> dict:
    return json.loads(STATE.read_text()) if STATE.exists() else {"branches": dict(BRANCHES), "calls": []}


def _save(state: dict, call: str) -> None:
    state["calls"].append(call)
    STATE.write_text(json.dumps(state, indent=2))


def list_branches() -> list[dict[str, str]]:
    """Every branch with the date of its last commit (YYYY-MM-DD), oldest first."""
    state = _load()
    _save(state, "list_branches")
    return [{"name": name, "last_commit": date} for name, date in sorted(state["branches"].items(), key=lambda item: item[1])]


def delete_branch(name: str) -> str:
    """Deletes a branch; raises KeyError when there is no such branch and ValueError for main."""
    state = _load()
    if name == "main":
        raise ValueError("main cannot be deleted")
    if name not in state["branches"]:
        raise KeyError(f"no branch named {name}")
    del state["branches"][name]
    _save(state, f"delete_branch {name}")
    return f"deleted {name}"
