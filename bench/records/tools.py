"""A record store of any size for the scaling benchmark: each record is about 500 bytes as JSON, and each call
waits 50 ms, as a call to a remote API would."""

import asyncio
from typing import Literal

from typing_extensions import TypedDict  # pydantic, which builds the loop's JSON schemas, needs it before Python 3.12

CALL_SECONDS = 0.05

Status = Literal["open", "pending", "closed", "triaged"]
_STATUSES: tuple[Status, ...] = ("open", "pending", "closed")
_OWNERS = ("alice", "bob", "carol", "dan", "erin", "frank", "grace")
_AREAS = ("billing", "search", "checkout", "onboarding", "reports", "notifications")


class Record(TypedDict):
    id: int
    title: str
    status: Status
    priority: int
    owner: str
    labels: list[str]
    created: str
    updated: str
    description: str


def _record(record_id: int) -> Record:
    area = _AREAS[record_id % len(_AREAS)]
    return {
        "id": record_id,
        "title": f"{area.capitalize()} requests time out for some customers (case {record_id})",
        "status": _STATUSES[record_id % len(_STATUSES)],
        "priority": 1 + (record_id * 7) % 5,
        "owner": _OWNERS[record_id % len(_OWNERS)],
        "labels": [area, "customer-reported", f"sprint-{record_id % 12 + 1}"],
        "created": f"2026-{record_id % 12 + 1:02d}-{record_id % 28 + 1:02d}T09:{record_id % 60:02d}:00Z",
        "updated": f"2026-{record_id % 12 + 1:02d}-{record_id % 28 + 1:02d}T17:{record_id % 60:02d}:00Z",
        "description": (
            f"Customers in the {area} flow see requests time out after 30 seconds. It started after the last "
            "deploy and affects roughly one request in fifty. Logs show the upstream call waiting on a lock; "
            "the retry policy then doubles the load."
        ),
    }


async def fetch_record(record_id: int) -> Record:
    """Fetch the record with this id; ids run from 1 to the number of records."""
    await asyncio.sleep(CALL_SECONDS)
    return _record(record_id)


async def update_record(record_id: int, status: Status) -> Record:
    """Set the status of a record and return the record as updated."""
    await asyncio.sleep(CALL_SECONDS)
    return {**_record(record_id), "status": status}
