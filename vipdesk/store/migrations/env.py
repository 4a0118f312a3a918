"""Alembic environment: runs on the engine handed over by vipdesk.store.migrate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from vipdesk.store.models import Base
from vipdesk.store.search_index import is_search_table

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # pragma: no cover - only for `alembic` run by hand
    raise SystemExit("vipdesk migrations run through vipdesk.store.migrate")


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    # The FTS5 search table and its shadow tables are managed by hand in migrations.
    return not (type_ == "table" and name is not None and is_search_table(name))


connection = engine.connect()
sqlite = connection.dialect.name == "sqlite"
try:
    # Batch migrations rebuild SQLite tables, so foreign keys are off while they run (SQLite
    # only honours this outside a transaction) and checked before the change is committed.
    # PostgreSQL alters tables in place and checks foreign keys itself.
    if sqlite:
        connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,
        transactional_ddl=True,  # our own BEGIN makes SQLite DDL transactional
    )
    with context.begin_transaction():
        context.run_migrations()
        problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall() if sqlite else []
        if problems:
            raise RuntimeError(f"migration left broken foreign keys: {problems[:5]}")
finally:
    # Never hand this connection (foreign keys off) back to the pool.
    connection.invalidate()
    connection.close()
