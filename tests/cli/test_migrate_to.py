"""`vipdesk migrate-to URL`: a real SQLite database (the demo's, encrypted or plain) into a
real PostgreSQL schema, everything in it, verified; nothing half-copied on failure."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import create_engine, text

from tests import sqlite_files
from tests.accounts import CLI_PASSWORD, CLI_USER, make_staff
from vipdesk.cli import main
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Role
from vipdesk.services import guests, photos, search
from vipdesk.services.audit_trail import verify_chain
from vipdesk.services.database import open_desk
from vipdesk.services.errors import PermissionDenied
from vipdesk.services.move_to_server import migrate_to
from vipdesk.services.sign_in import sign_in
from vipdesk.store.db import open_database
from vipdesk.store.engines import shown_url
from vipdesk.store.pg_copy import tables


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 50), (200, 30, 30)).save(out, "JPEG")
    return out.getvalue()


def _demo(path: Path, *, plain: bool = False) -> Path:
    if plain:  # a database from before encryption: the store alone, no key
        open_database(path).close()
    assert main(["--db", str(path), "demo", "--guests", "120", "--complaints", "8"]) == 0
    db = open_desk(path, create=False)
    try:
        admin = sign_in(db, CLI_USER, CLI_PASSWORD)
        photos.set_photo(db, admin, 1, _jpeg())
    finally:
        db.close()
    return path


def _rows(conn: object, names: list[str]) -> dict[str, int]:
    return {n: conn.execute(f"SELECT count(*) FROM {n}").fetchone()[0] for n in names}  # type: ignore[attr-defined]


def _server_rows(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {
                t.name: conn.execute(text(f"SELECT count(*) FROM {t.name}")).scalar_one()
                for t in tables()
            }
    finally:
        engine.dispose()


@pytest.mark.parametrize("plain", [False, True], ids=["encrypted", "plain"])
def test_a_demo_database_moves_whole_and_verified(
    tmp_path: Path, pg_url: str, plain: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _demo(tmp_path / "desk.db", plain=plain)
    capsys.readouterr()

    assert main(["--db", str(src), "migrate-to", pg_url]) == 0
    out = capsys.readouterr()
    conn = sqlite_files.connect(src)  # (the command's sign-in is in its trail, and copied)
    before = _rows(conn, [t.name for t in tables()])
    photo = conn.execute("SELECT data FROM guest_photos WHERE guest_id = 1").fetchone()[0]
    conn.close()
    assert "guests" in out.out and "every table verified" in out.out
    assert "DIFFERENT" not in out.out and "Traceback" not in out.err
    assert "key" in out.out  # how the other counters get the audit key
    # What the counters type: the real URL (its schema option kept), never the password.
    from vipdesk.store.engines import url_without_password

    assert f"--db {url_without_password(pg_url)} " in out.out
    after = _server_rows(pg_url)
    copied_audit = before.pop("audit_log")
    assert after.pop("audit_log") == copied_audit + 1  # the move, audited there
    assert after == before

    db = open_desk(pg_url, create=False)
    try:
        admin = sign_in(db, CLI_USER, CLI_PASSWORD)  # staff and password hashes came along
        assert photos.get_photo(db, admin, 1) == photo  # bytea, byte for byte
        # The chain verifies on the server with this computer's key (same database id).
        report = verify_chain(db, admin)
        assert report.checked == after_audit(pg_url)
        # The sequences moved past the copied ids: new rows get new ids.
        new = guests.create_guest(db, admin, GuestDraft(name="迁移后 After Move"))
        assert new.id > before["guests"]
        assert new.id in [h.id for h in search.search(db, admin, "After Move")]
        # The search index was built on the server: a demo guest is found.
        with db.read() as session:
            demo_name = session.execute(text("SELECT name FROM guests WHERE id = 7")).scalar_one()
        assert 7 in [h.id for h in search.search(db, admin, demo_name, limit=100)]
        with db.read() as session:
            action = session.execute(
                text("SELECT id, detail FROM audit_log WHERE action = 'migrate_to'")
            ).one()
        assert action[0] == copied_audit + 1 and "desk.db" in action[1]
    finally:
        db.close()
    assert main(["--db", pg_url, "audit", "verify"]) == 0


def after_audit(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one())
    finally:
        engine.dispose()


def test_a_database_already_holding_data_is_refused_and_left_alone(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _demo(tmp_path / "desk.db")
    assert main(["--db", str(src), "migrate-to", pg_url]) == 0
    before = _server_rows(pg_url)
    capsys.readouterr()
    assert main(["--db", str(src), "migrate-to", pg_url]) == 1
    err = capsys.readouterr().err
    assert "already holds vipdesk data" in err and "empty database" in err
    assert "Traceback" not in err
    assert _server_rows(pg_url) == before


def test_a_row_the_server_refuses_leaves_nothing_copied(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _demo(tmp_path / "desk.db")
    conn = sqlite_files.connect(src)
    # PostgreSQL refuses NUL in text; SQLite stores it. The copy fails late (stays come
    # after guests, staff and the audit trail were written).
    conn.execute("UPDATE stays SET room = ? WHERE id = (SELECT max(id) FROM stays)", ("a\x00b",))
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["--db", str(src), "migrate-to", pg_url]) == 1
    err = capsys.readouterr().err
    assert "migrate-to failed while copying stays" in err and "nothing was kept" in err
    assert "Traceback" not in err
    left = _server_rows(pg_url)
    assert left.pop("app_meta") == 1  # the index version, from opening the empty database
    assert not any(left.values())  # not a staff row, not a guest


def test_a_table_that_is_not_vipdesks_is_refused_before_anything_is_copied(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _demo(tmp_path / "desk.db")
    conn = sqlite_files.connect(src)
    conn.execute("CREATE TABLE my_notes (id INTEGER PRIMARY KEY, note TEXT)")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["--db", str(src), "migrate-to", pg_url]) == 1
    err = capsys.readouterr().err
    assert "not vipdesk's (my_notes)" in err and "nothing was copied" in err
    left = _server_rows(pg_url)
    left.pop("app_meta")
    assert not any(left.values())


def test_only_an_admin_may_move_the_database(tmp_path: Path, pg_url: str) -> None:
    src = _demo(tmp_path / "desk.db")
    db = open_desk(src, create=False)
    try:
        clerk = make_staff(db, "desk", Role.RECEPTIONIST)
        with pytest.raises(PermissionDenied):
            migrate_to(db, clerk, pg_url)
    finally:
        db.close()
    assert not any(_server_rows_or_empty(pg_url).values())


def _server_rows_or_empty(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            found = conn.execute(text("SELECT to_regclass('guests')")).scalar()
    finally:
        engine.dispose()
    return _server_rows(url) if found else {}


def test_the_source_must_be_a_file_and_the_target_a_url(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _demo(tmp_path / "desk.db")
    capsys.readouterr()
    assert main(["--db", str(src), "migrate-to", str(tmp_path / "other.db")]) == 1
    assert "needs a PostgreSQL URL" in capsys.readouterr().err
    assert main(["--db", str(src), "migrate-to", pg_url]) == 0
    capsys.readouterr()
    assert main(["--db", pg_url, "migrate-to", pg_url]) == 1
    err = capsys.readouterr().err
    assert "copies a SQLite file" in err and "Traceback" not in err
    assert shown_url(pg_url) != pg_url or "***" not in pg_url
