"""The digest migrate-to compares: the same rows give the same digest whichever engine
they were read from (SQLite keeps times as text and booleans as 0/1), and any change to a
row, a missing row or an extra one changes it."""

from __future__ import annotations

from datetime import datetime

from vipdesk.store.models import StaffRow
from vipdesk.store.pg_copy import Digest

TABLE = StaffRow.__table__
COLUMNS = [c.name for c in TABLE.columns]


def _row(**values: object) -> tuple[object, ...]:
    base: dict[str, object] = {c: None for c in COLUMNS}
    base.update(values)
    return tuple(base[c] for c in COLUMNS)


def _digest(rows: list[tuple[object, ...]]) -> str:
    digest = Digest(TABLE)  # type: ignore[arg-type]
    for row in rows:
        digest.add(row)
    return digest.hex()


def test_sqlite_text_and_server_values_give_the_same_digest() -> None:
    as_sqlite = _row(id=1, username="anna", active=1, created_at="2026-11-30 19:25:33.121746")
    as_server = _row(
        id=1, username="anna", active=True, created_at=datetime(2026, 11, 30, 19, 25, 33, 121746)
    )
    other = _row(id=2, username="li", active=0, created_at="2026-11-30 19:25:33")
    other_server = _row(
        id=2, username="li", active=False, created_at=datetime(2026, 11, 30, 19, 25, 33)
    )
    # Order does not matter (the engines sort text differently).
    assert _digest([as_sqlite, other]) == _digest([other_server, as_server])


def test_a_changed_missing_or_extra_row_changes_the_digest() -> None:
    rows = [_row(id=i, username=f"u{i}", active=1) for i in range(1, 4)]
    whole = _digest(rows)
    assert _digest(rows[:2]) != whole
    assert _digest([*rows, rows[0]]) != whole
    assert _digest([*rows[:2], _row(id=3, username="u3", active=0)]) != whole
