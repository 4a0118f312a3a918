"""The CLI tests' databases: what `--db` names for the test's `db` (both engines)."""

from __future__ import annotations

from typing import Any

import pytest

from tests import sql
from tests.accounts import CLI_PASSWORD, CLI_USER, make_staff
from vipdesk.domain.staff import Role
from vipdesk.services.database import Database


@pytest.fixture
def target(db: Database) -> str:
    """The test's empty database as `--db` takes it: its file, or its PostgreSQL URL."""
    return sql.target(db)


@pytest.fixture
def desk(db: Database, target: str) -> str:
    """`target` with the first admin the CLI signs in as (what tests/accounts.new_desk
    gives a new file)."""
    make_staff(db, CLI_USER, Role.ADMIN, password=CLI_PASSWORD)
    return target


def scalar(db: Database, query: str, params: tuple[Any, ...] = ()) -> Any:
    """One value, read with the test's own connection (SQL both engines take, `?` marks)."""
    conn = sql.connect(db)
    try:
        return conn.execute(query, params).fetchone()[0]
    finally:
        conn.close()
