"""The PostgreSQL test fixture's reused schema (tests/pg.TemplateSchema): a test never
sees another test's rows, ids start again at 1, and a reshaped schema is replaced."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests import pg
from tests.accounts import make_staff
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.phones import normalise_phone
from vipdesk.domain.staff import Role
from vipdesk.services import guests
from vipdesk.services.database import open_desk


def _contents(url: str) -> dict[str, list[tuple[object, ...]]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            tables = conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
            ).scalars()
            return {
                t: sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{t}"'))), key=repr)
                for t in tables
            }
    finally:
        engine.dispose()


@pytest.fixture
def template(_session_keys: Path) -> Iterator[pg.TemplateSchema]:
    made = pg.TemplateSchema(pg.require_server(), lambda url: open_desk(url).close())
    yield made
    made.drop()


def test_a_reset_schema_holds_what_a_just_migrated_one_holds(
    template: pg.TemplateSchema,
) -> None:
    fresh = _contents(template.url)
    assert fresh["alembic_version"] and fresh["app_meta"]  # rows the reset must put back
    template.reset()  # the first test gets it as it is
    db = open_desk(template.url)
    try:
        actor = make_staff(db, "anna", Role.ADMIN)
        guests.create_guest(
            db, actor, GuestDraft(name="Wang Fang", phones=[normalise_phone("+86 138 0013 8000")])
        )
        guests.create_guest(db, actor, GuestDraft(name="Li Wei"))
    finally:
        db.close()
    assert _contents(template.url) != fresh
    template.reset()
    assert _contents(template.url) == fresh
    db = open_desk(template.url)
    try:  # and the ids start again where a new database starts them
        actor = make_staff(db, "anna", Role.ADMIN)
        assert actor.id == 1
        assert guests.create_guest(db, actor, GuestDraft(name="Chen Jing")).id == 1
    finally:
        db.close()


def test_a_schema_a_test_reshaped_is_replaced_by_a_new_one(
    template: pg.TemplateSchema,
) -> None:
    template.reset()
    first = template.schema
    engine = create_engine(template.url)
    try:
        with engine.begin() as conn:
            conn.execute(text("ALTER TABLE guests ADD COLUMN left_by_a_test text"))
    finally:
        engine.dispose()
    template.reset()
    assert template.schema != first
    columns = _contents(template.url)
    assert columns["alembic_version"]
    engine = create_engine(template.url)
    try:
        with engine.connect() as conn:
            assert "left_by_a_test" not in list(conn.execute(text("SELECT * FROM guests")).keys())
    finally:
        engine.dispose()
