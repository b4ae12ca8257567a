"""ETL tools over in-memory sample data: fetch records, transform them, validate them and store them."""

from typing import Any

_SOURCES: dict[str, list[dict[str, Any]]] = {
    "api_source": [
        {"id": 1, "name": "  alice SMITH ", "email": "Alice@Example.com ", "country": "us"},
        {"id": 2, "name": "bob jones", "email": "bob@example.com", "country": "GB"},
        {"id": 1, "name": "Alice Smith", "email": "alice@example.com", "country": "US"},
        {"id": 3, "name": "carol white", "email": "CAROL@example.com", "country": "de"},
    ],
    "csv_source": [
        {"id": 10, "name": "dan brown", "email": "dan@example.com", "country": "fr"},
        {"id": 11, "name": "eve black", "email": "not-an-email", "country": "es"},
    ],
}

_RULES = ("normalize", "deduplicate")

# What store_data has written, by destination.
WAREHOUSE: dict[str, list[dict[str, Any]]] = {}


def fetch_data(source: str) -> list[dict[str, Any]]:
    """Fetch the raw records of a source ('api_source' or 'csv_source')."""
    if source not in _SOURCES:
        raise KeyError(f"Unknown source: {source} (known: {', '.join(_SOURCES)})")
    return [dict(record) for record in _SOURCES[source]]


def transform_data(data: list[dict[str, Any]], rules: list[str]) -> list[dict[str, Any]]:
    """Apply rules in order: 'normalize' (trim, title-case names, lower-case emails, upper-case countries) and
    'deduplicate' (keep the first record of each id)."""
    unknown = [rule for rule in rules if rule not in _RULES]
    if unknown:
        raise ValueError(f"Unknown rules: {', '.join(unknown)} (known: {', '.join(_RULES)})")
    records = [dict(record) for record in data]
    for rule in rules:
        records = _normalize(records) if rule == "normalize" else _deduplicate(records)
    return records


def validate_data(data: list[dict[str, Any]]) -> bool:
    """True when every record has an integer id, a non-empty name and an email containing '@'."""
    return all(
        isinstance(record.get("id"), int) and str(record.get("name", "")).strip() and "@" in str(record.get("email", ""))
        for record in data
    )


def store_data(data: list[dict[str, Any]], destination: str) -> int:
    """Store the records at a destination (replacing what was there) and return how many were stored."""
    WAREHOUSE[destination] = [dict(record) for record in data]
    return len(data)


def _normalize(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            **record,
            "name": " ".join(str(record.get("name", "")).split()).title(),
            "email": str(record.get("email", "")).strip().lower(),
            "country": str(record.get("country", "")).strip().upper(),
        }
        for record in records
    ]


def _deduplicate(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[Any] = set()
    unique = []
    for record in records:
        if record.get("id") not in seen:
            seen.add(record.get("id"))
            unique.append(record)
    return unique
