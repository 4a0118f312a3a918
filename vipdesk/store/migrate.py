"""Alembic, driven from code: the app and the CLI upgrade a database when they open it.

Alembic is imported only when a database is not at HEAD_REVISION: opening an up-to-date
database (every start of the app) reads one row and skips ~0.3 s of imports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPT_LOCATION = "vipdesk.store:migrations"
# The newest revision in migrations/versions (a test keeps the two in step).
HEAD_REVISION = "0007"


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    cfg.attributes["engine"] = engine
    return cfg


def revisions() -> list[str]:
    """All revision ids, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, read without Alembic (None if there is none)."""
    with engine.connect() as conn:
        if not conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
        ).first():
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(engine: Engine, target: str = "head") -> None:
    if target == "head" and _stored_revision(engine) == HEAD_REVISION:
        return
    from alembic import command

    if target == "head" and current_revision(engine) == head_revision():
        return
    command.upgrade(alembic_config(engine), target)


def schema_differences(engine: Engine) -> list[object]:
    """What differs between the migrated database and the models (empty when in step)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from vipdesk.store.models import Base
    from vipdesk.store.search_index import is_search_table

    def include_name(name: str | None, type_: str, _parent: object) -> bool:
        return not (type_ == "table" and name is not None and is_search_table(name))

    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        return list(compare_metadata(context, Base.metadata))
