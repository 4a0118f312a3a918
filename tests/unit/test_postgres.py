"""The same vipdesk on PostgreSQL: choosing the engine, migrations, the search index.

The tests needing a server are skipped without $VIPDESK_TEST_PG (CI sets it); the service
tests in conftest.ON_BOTH_ENGINES run on both engines then.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests import pg
from tests.accounts import make_staff
from vipdesk.cli import main
from vipdesk.config import resolve_db_target
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.phones import normalise_phone
from vipdesk.domain.staff import Role, Staff
from vipdesk.services import guests, search
from vipdesk.services.audit_trail import verify_chain
from vipdesk.services.auto_backup import daily_backup
from vipdesk.services.database import Database, is_server, open_desk
from vipdesk.services.duplicates import all_duplicate_pairs
from vipdesk.services.errors import ChangedMeanwhile, DatabaseUnavailable
from vipdesk.store.engines import _named_sql, _psycopg_sql, shown_url
from vipdesk.store.migrate import (
    current_revision,
    head_revision,
    revisions,
    schema_differences,
    upgrade_to_head,
)

URL = "postgresql+psycopg://desk1:s3cret@db.hotel.lan/vipdesk?sslmode=require"


def test_db_option_and_env_take_a_url(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert resolve_db_target(URL) == URL
    monkeypatch.setenv("VIPDESK_DB", "postgresql://desk1@db.hotel.lan/vipdesk")
    assert resolve_db_target(None) == "postgresql://desk1@db.hotel.lan/vipdesk"
    assert resolve_db_target(str(tmp_path / "a.db")) == tmp_path / "a.db"  # a file still is


def test_a_url_is_shown_as_user_host_port_and_database_only() -> None:
    # Never the password, never the query (options=-csearch_path…, sslmode): the status
    # bar and every message show where the data is, in a few words.
    assert shown_url(URL) == "desk1@db.hotel.lan/vipdesk"
    assert (
        shown_url("postgresql://desk1:p%40ss@10.0.0.5:5433/hotel?options=-csearch_path%3Dvip")
        == "desk1@10.0.0.5:5433/hotel"
    )
    assert shown_url("postgresql://db.hotel.lan/vipdesk") == "db.hotel.lan/vipdesk"
    assert shown_url("postgresql://desk1@[::1]:5432/vipdesk") == "desk1@[::1]:5432/vipdesk"
    assert shown_url("postgresql+psycopg://desk1@/vipdesk?host=/run/postgresql") == (
        "desk1@localhost/vipdesk"
    )
    # libpq also takes the server in the query: the name must be that server's.
    assert shown_url("postgresql://anna@/vip?host=dbserver&port=6000") == "anna@dbserver:6000/vip"


def test_the_url_to_give_the_counters_keeps_the_options_but_not_the_password() -> None:
    from vipdesk.store.engines import url_without_password

    url = "postgresql://desk1:s3cret@10.0.0.5:5433/hotel?options=-csearch_path%3Dvip"
    given = url_without_password(url)
    assert "s3cret" not in given and "***" not in given
    assert given == "postgresql+psycopg://desk1@10.0.0.5:5433/hotel?options=-csearch_path%3Dvip"
    # libpq takes passwords in the query as well: never passed on either.
    given = url_without_password(
        "postgresql://anna@h/vip?password=zzz&sslpassword=yy&sslmode=require"
    )
    assert "zzz" not in given and "yy" not in given
    assert given == "postgresql+psycopg://anna@h/vip?sslmode=require"


def test_raw_sql_markers_become_psycopg_ones() -> None:
    assert _psycopg_sql("SELECT a FROM t WHERE b = ? AND c LIKE 'x%?'") == (
        "SELECT a FROM t WHERE b = %s AND c LIKE 'x%%?'"
    )


def test_a_server_that_is_down_is_one_clear_message() -> None:
    with pytest.raises(DatabaseUnavailable) as err:
        open_desk("postgresql+psycopg://desk1:s3cret@127.0.0.1:1/vipdesk")
    message = str(err.value)
    assert "cannot be opened" in message and "s3cret" not in message
    assert "\n" not in message


@pytest.mark.parametrize("command", [["encrypt"]])
def test_file_only_commands_say_so_on_a_url(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", URL, *command]) == 1
    err = capsys.readouterr().err
    assert "encryption at rest is the server's job" in err  # backup/check/restore: pg tools
    assert "Traceback" not in err and "s3cret" not in err


# ---- on a server ---------------------------------------------------------------------


def test_an_empty_database_gets_the_whole_schema(pg_db: Database) -> None:
    assert is_server(pg_db)
    assert current_revision(pg_db.engine) == head_revision()
    assert schema_differences(pg_db.engine) == []


@pytest.mark.parametrize("start", revisions())
def test_upgrade_from_every_earlier_revision_on_postgres(pg_url: str, start: str) -> None:
    """A PostgreSQL database at each old revision, holding data, upgrades to head."""
    engine = create_engine(pg_url)
    try:
        upgrade_to_head(engine, target=start)
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO guests (name, native_name, latin_name, honorific, email, "
                    "company, nationality, language, tier, notes, created_at, updated_at) VALUES "
                    "('诸葛亮', '', '', '', '', '', '', '', 'VIP', '', '2026-01-01', '2026-01-01')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO stays (guest_id, arrival, departure, room, notes) VALUES "
                    "(1, '2026-01-01', '2026-01-03', '808', 'quiet room')"
                )
            )
            # Two accounts differing in case (merged by 0008, references followed).
            conn.execute(
                text(
                    "INSERT INTO staff (id, username, display_name, role, active, created_at) "
                    "VALUES (1, 'duty', 'Duty', 'duty_manager', TRUE, '2026-01-01'), "
                    "(2, 'DUTY', 'DUTY', 'receptionist', TRUE, '2026-01-01')"
                )
            )
            conn.execute(text("UPDATE guests SET created_by = 2, updated_by = 1"))
            conn.execute(
                text(
                    "INSERT INTO guest_special_dates (guest_id, kind, month, day, year, label) "
                    "VALUES (1, 'birthday', 8, 15, NULL, '')"
                )
            )
        upgrade_to_head(engine)
        assert current_revision(engine) == head_revision()
        assert schema_differences(engine) == []
        with engine.connect() as conn:
            assert conn.execute(text("SELECT name, version FROM guests")).one() == ("诸葛亮", 1)
            if start < "0008":  # 0008 merged the two, following every reference to staff
                assert conn.execute(text("SELECT username FROM staff")).scalars().all() == ["duty"]
                assert conn.execute(text("SELECT created_by FROM guests")).scalar() == 1
    finally:
        engine.dispose()


@pytest.fixture
def pg_actor(pg_db: Database) -> Staff:
    return make_staff(pg_db, "anna", Role.ADMIN, "Anna 安娜")


def test_search_on_postgres_finds_by_prefix_one_character_and_phone_tail(
    pg_db: Database, pg_actor: Staff
) -> None:
    actor = pg_actor
    phone = normalise_phone("+86 138 0013 8000")
    wang = guests.create_guest(pg_db, actor, GuestDraft(name="王小明", phones=[phone])).id
    guests.create_guest(pg_db, actor, GuestDraft(name="Li Wei"))
    assert [h.id for h in search.search(pg_db, actor, "王")] == [wang]
    assert [h.id for h in search.search(pg_db, actor, "wangx")] == [wang]
    assert [h.id for h in search.search(pg_db, actor, "8000")] == [wang]
    assert [h.name for h in search.search(pg_db, actor, "li w")] == ["Li Wei"]


def test_the_index_is_rebuilt_on_postgres(pg_db: Database, pg_actor: Staff) -> None:
    actor = pg_actor
    guests.create_guest(pg_db, actor, GuestDraft(name="Zhang San"))
    assert search.reindex(pg_db, actor) == 1
    assert [h.name for h in search.search(pg_db, actor, "zhang")] == ["Zhang San"]


def test_the_pg_fixture_skips_with_a_reason_without_a_server(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(pg.ENV, raising=False)
    with pytest.raises(pytest.skip.Exception, match=pg.ENV):
        pg.require_server()


def test_two_counters_saving_one_guest_at_once_make_one_conflict_and_lose_nothing(
    pg_db: Database, pg_actor: Staff
) -> None:
    """Two counters (two connections pools), the same guest, the same version, at once."""
    url = pg.server_db_url(pg_db)
    counters = [open_desk(url), open_desk(url)]
    try:
        opened = guests.create_guest(counters[0], pg_actor, GuestDraft(name="Chen Jing"))
        start = threading.Barrier(2)
        outcome: list[str] = []

        def save(db: Database, note: str) -> None:
            draft = opened.draft()
            draft.notes = note
            start.wait()
            try:
                guests.update_guest(db, pg_actor, opened.id, draft, version=opened.version)
                outcome.append(note)
            except ChangedMeanwhile:
                outcome.append("conflict")

        threads = [
            threading.Thread(target=save, args=(db, f"from counter {i}"))
            for i, db in enumerate(counters)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(outcome)[0] == "conflict" and outcome.count("conflict") == 1
        kept = guests.get_guest(counters[1], pg_actor, opened.id)
        assert (kept.notes, kept.version) == (next(o for o in outcome if o != "conflict"), 2)
    finally:
        for db in counters:
            db.close()


def test_the_audit_chain_stays_whole_with_two_counters_writing(
    pg_db: Database, pg_actor: Staff
) -> None:
    url = pg.server_db_url(pg_db)
    counters = [open_desk(url), open_desk(url)]
    try:

        def add(db: Database, prefix: str) -> None:
            for i in range(8):
                guests.create_guest(db, pg_actor, GuestDraft(name=f"{prefix} {i}"))

        threads = [
            threading.Thread(target=add, args=(db, f"Guest{n}")) for n, db in enumerate(counters)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        report = verify_chain(counters[0], pg_actor)  # raises AuditChainBroken if not
        assert report.checked >= 16
        assert len(search.search(counters[1], pg_actor, "guest", limit=50)) == 16
    finally:
        for db in counters:
            db.close()


def test_the_daily_backup_leaves_a_server_database_to_the_server(
    pg_db: Database, pg_actor: Staff, tmp_path: Path
) -> None:
    """No file to copy on PostgreSQL (pg_dump is the server's backup): nothing, no error."""
    assert daily_backup(pg_db, pg_actor) is None


def test_guests_saved_before_the_index_is_built_are_kept_and_found(
    pg_url: str,
) -> None:
    """The GUI opens without building the index (it builds it behind the window)."""
    db = open_desk(pg_url, build_index=False)
    try:
        actor = make_staff(db, "anna", Role.ADMIN)
        guests.create_guest(db, actor, GuestDraft(name="Wang Fang"))
        assert not search.index_is_current(db, actor)
        search.reindex(db, actor)
        assert [h.name for h in search.search(db, actor, "wang")] == ["Wang Fang"]
    finally:
        db.close()


def test_a_server_database_is_shown_by_its_url_without_the_password(pg_db: Database) -> None:
    server = make_url(pg.server_url() or "")
    assert pg_db.shown_name == f"{server.username}@{server.host}:{server.port}/{server.database}"
    assert not server.password or str(server.password) not in pg_db.shown_name
    assert "?" not in pg_db.shown_name and "search_path" not in pg_db.shown_name


def test_named_raw_sql_markers_become_psycopg_ones() -> None:
    assert _named_sql("SELECT x::text FROM t WHERE d < :day AND n LIKE 'a:b%'") == (
        "SELECT x::text FROM t WHERE d < %(day)s AND n LIKE 'a:b%%'"
    )


def test_duplicates_by_phone_and_email_are_found_on_postgres(
    pg_db: Database, pg_actor: Staff
) -> None:
    phone = normalise_phone("+86 138 0013 8000")
    a = guests.create_guest(pg_db, pg_actor, GuestDraft(name="Wang Fang", phones=[phone])).id
    b = guests.create_guest(pg_db, pg_actor, GuestDraft(name="王芳", phones=[phone])).id
    c = guests.create_guest(pg_db, pg_actor, GuestDraft(name="Li", email="li@x.cn")).id
    d = guests.create_guest(pg_db, pg_actor, GuestDraft(name="Li Na", email="LI@x.cn")).id
    found = {(p.a, p.b): p.reasons for p in all_duplicate_pairs(pg_db, pg_actor)}
    assert "same phone" in found[(a, b)]
    assert "same e-mail" in found[(c, d)]


def test_a_nul_in_the_query_is_no_error_on_postgres(pg_db: Database, pg_actor: Staff) -> None:
    """Hypothesis found it: PostgreSQL refuses NUL in text (a room number like '0\\x00')."""
    assert search.search(pg_db, pg_actor, "0\x00") == []
