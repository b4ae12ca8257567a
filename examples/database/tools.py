"""User database tools. codemode_deps() provides the connection; each tool receives it as ctx.deps."""

import sqlite3

_USERS = [
    (1, "Alice", 34, "San Francisco"),
    (2, "Bob", 27, "New York"),
    (3, "Carol", 45, "San Francisco"),
    (4, "Dan", 19, "Chicago"),
    (5, "Eve", 52, "New York"),
]


def codemode_deps() -> sqlite3.Connection:
    """An in-memory database seeded with sample users."""
    connection = sqlite3.connect(":memory:")
    connection.row_factory = sqlite3.Row
    connection.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, age INTEGER, city TEXT)")
    connection.executemany("INSERT INTO users VALUES (?, ?, ?, ?)", _USERS)
    return connection


def query_users(ctx, min_age: int) -> list[dict]:
    """Users at least min_age years old, ordered by id, as dicts with id, name, age and city."""
    rows = ctx.deps.execute("SELECT * FROM users WHERE age >= ? ORDER BY id", (min_age,))
    return [dict(row) for row in rows]


def get_user(ctx, user_id: int) -> dict | None:
    """The user with this id, or None."""
    row = ctx.deps.execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()
    return dict(row) if row else None


def count_users_by_city(ctx) -> dict[str, int]:
    """Number of users per city."""
    rows = ctx.deps.execute("SELECT city, COUNT(*) AS users FROM users GROUP BY city ORDER BY city")
    return {row["city"]: row["users"] for row in rows}
