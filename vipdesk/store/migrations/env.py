"""Alembic environment: runs on the engine handed over by vipdesk.store.migrate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from vipdesk.store.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # pragma: no cover - only for `alembic` run by hand
    raise SystemExit("vipdesk migrations run through vipdesk.store.migrate")

with engine.connect() as connection:
    # Batch migrations rebuild tables; foreign keys stay off while they do (SQLite cannot
    # switch them inside a transaction) and are checked before the change is committed.
    dbapi = connection.connection.driver_connection
    dbapi.execute("PRAGMA foreign_keys=OFF")  # outside any transaction, or it is ignored
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
        problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        if problems:
            raise RuntimeError(f"migration left broken foreign keys: {problems[:5]}")
    dbapi.execute("PRAGMA foreign_keys=ON")
