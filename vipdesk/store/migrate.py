"""Alembic, driven from code: the app and the CLI upgrade a database when they open it."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

SCRIPT_LOCATION = "vipdesk.store:migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    cfg.attributes["engine"] = engine
    return cfg


def revisions() -> list[str]:
    """All revision ids, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(engine: Engine, target: str = "head") -> None:
    if target == "head" and current_revision(engine) == head_revision():
        return
    command.upgrade(alembic_config(engine), target)


def schema_differences(engine: Engine) -> list[object]:
    """What differs between the migrated database and the models (empty when in step)."""
    from alembic.autogenerate import compare_metadata

    from vipdesk.store.models import Base
    from vipdesk.store.search_index import is_search_table

    def include_name(name: str | None, type_: str, _parent: object) -> bool:
        return not (type_ == "table" and name is not None and is_search_table(name))

    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        return list(compare_metadata(context, Base.metadata))
