"""PostgreSQL for tests: a fresh schema per test on the server named by $VIPDESK_TEST_PG.

CI sets it (`.ci/run` starts a local cluster); without it the PostgreSQL tests are skipped
with the reason. Each test gets its own schema (search_path in the URL), dropped after.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text

ENV = "VIPDESK_TEST_PG"
SKIP_REASON = (
    f"no PostgreSQL to test against: set {ENV}=postgresql+psycopg://user:password@localhost/db "
    "(a database the role may create schemas in; .ci/run does)"
)


def server_url() -> str | None:
    return os.environ.get(ENV, "").strip() or None


def require_server() -> str:
    url = server_url()
    if url is None:
        pytest.skip(SKIP_REASON)
    return url


def with_search_path(url: str, schema: str) -> str:
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options={quote(f'-csearch_path={schema}')}"


@contextmanager
def fresh_schema(url: str) -> Iterator[str]:
    """A URL whose tables go to a new, empty schema (dropped with everything in it after)."""
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        try:
            yield with_search_path(url, schema)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
    finally:
        admin.dispose()
