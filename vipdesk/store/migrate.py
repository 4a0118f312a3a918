"""Alembic, driven from code: the app and the CLI upgrade a database when they open it.

Alembic is imported only when a database is not at HEAD_REVISION: opening an up-to-date
database (every start of the app) reads one row and skips ~0.3 s of imports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

from vipdesk.store import driver
from vipdesk.store.driver import DatabaseKey

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPT_LOCATION = "vipdesk.store:migrations"
# The newest revision in migrations/versions (a test keeps the two in step).
HEAD_REVISION = "0012"


class SchemaProblem(Exception):
    """The file is not a vipdesk database this version can open (the message says why)."""


class UnknownRevision(SchemaProblem):
    def __init__(self, path: Path, revision: str) -> None:
        self.revision = revision
        super().__init__(
            f"{path} is at schema revision {revision}, which this vipdesk does not know (it "
            f"knows up to {HEAD_REVISION}): it was made by a newer version of vipdesk or by "
            "another program. Update vipdesk, or restore a backup"
        )


class NotVipdesk(SchemaProblem):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is an SQLite database of another program, not a vipdesk database; "
            "it was left untouched. Check the path"
        )


@dataclass(frozen=True)
class FileSchema:
    """What an SQLite file holds, read without changing a byte of it."""

    tables: frozenset[str] = field(default_factory=frozenset)
    revision: str | None = None

    @property
    def empty(self) -> bool:
        return not self.tables


def inspect_file(path: Path, key: DatabaseKey | None = None) -> FileSchema:
    """Tables and Alembic revision of an existing SQLite file, opened read-only.

    Raises driver.DatabaseError when the file is not an SQLite database at all (or the key
    is not its key).
    """
    conn = driver.connect(path, key, read_only=True)
    try:
        tables = frozenset(
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        )
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return FileSchema(tables, revision)
    finally:
        conn.close()


def check_openable(path: Path, schema: FileSchema) -> None:
    """Refuse a file this version must not migrate: another program's, or a newer vipdesk's."""
    if schema.empty:
        return
    if schema.revision is None:
        raise NotVipdesk(path)
    if schema.revision != HEAD_REVISION and schema.revision not in revisions():
        raise UnknownRevision(path, schema.revision)


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
        exists = (
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            if conn.dialect.name == "sqlite"
            else "SELECT to_regclass('alembic_version')::text"
        )
        if conn.execute(text(exists)).scalar() is None:
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
