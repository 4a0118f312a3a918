"""Opening a database at an older revision backs it up (verified) before migrating it."""

from pathlib import Path

from tests import sqlite_files
from vipdesk.services.database import open_desk
from vipdesk.services.maintenance import check_file
from vipdesk.store.db import make_engine
from vipdesk.store.migrate import current_revision, head_revision, upgrade_to_head


def _at_revision(path: Path, revision: str) -> None:
    engine = make_engine(path)
    upgrade_to_head(engine, target=revision)
    engine.dispose()
    conn = sqlite_files.connect(path)
    conn.execute(
        "INSERT INTO guests (name, native_name, latin_name, honorific, email, company, "
        "nationality, language, tier, notes, created_at, updated_at) VALUES "
        "('诸葛亮', '', '', '', '', '', '', '', 'VIP', '', '2026-01-01', '2026-01-01')"
    )
    conn.commit()
    conn.close()


def _revision(path: Path) -> str:
    conn = sqlite_files.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def test_an_old_database_is_backed_up_before_it_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "vipdesk.db"
    _at_revision(path, "0003")
    db = open_desk(path)
    assert current_revision(db.engine) == head_revision()
    db.close()
    (copy,) = tmp_path.glob("vipdesk.db.before-upgrade-0003-*")
    assert _revision(copy) == "0003"
    assert check_file(copy, read_only=False).ok
    conn = sqlite_files.connect(copy)
    assert conn.execute("SELECT name FROM guests").fetchall() == [("诸葛亮",)]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    # Already up to date: no second copy.
    open_desk(path).close()
    assert len(list(tmp_path.glob("vipdesk.db.before-*"))) == 1


def test_an_up_to_date_or_new_database_is_not_copied(tmp_path: Path) -> None:
    open_desk(tmp_path / "new.db").close()
    open_desk(tmp_path / "new.db").close()
    assert sorted(p.name for p in tmp_path.iterdir() if "before" in p.name) == []
