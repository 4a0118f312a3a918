"""Files holding guest data: written whole, owner-only, never over the database or a link."""

import os
import stat
import sys
from pathlib import Path

import pytest

from tests.accounts import make_staff
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.database import Database, open_desk
from vipdesk.services.demo import fill_demo
from vipdesk.services.errors import FileProblem
from vipdesk.services.guest_export import export_guests
from vipdesk.services.guest_import import import_guests
from vipdesk.services.guests import count_guests
from vipdesk.services.maintenance import backup

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="Windows: profile ACLs")


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_export_refuses_the_database_own_files(db: Database, actor: Staff, suffix: str) -> None:
    fill_demo(db, actor, 5)
    target = Path(f"{db.path}{suffix}")
    with pytest.raises(FileProblem, match="the vipdesk database itself"):
        export_guests(db, actor, target)
    with pytest.raises(FileProblem, match="the vipdesk database itself"):
        backup(db, actor, target)
    assert count_guests(db, actor) == 5


def test_export_refuses_the_database_under_another_name(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    fill_demo(db, actor, 5)
    alias = tmp_path / "alias.csv"
    os.link(db.path, alias)
    with pytest.raises(FileProblem, match="the vipdesk database itself"):
        export_guests(db, actor, alias)
    assert count_guests(db, actor) == 5


@posix_only
def test_a_planted_part_link_is_never_followed(db: Database, actor: Staff, tmp_path: Path) -> None:
    fill_demo(db, actor, 5)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (tmp_path / "out.csv.part").symlink_to(victim)
    export_guests(db, actor, tmp_path / "out.csv")
    assert victim.read_text() == "keep me"
    assert "诸葛亮" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")


@posix_only
@pytest.mark.parametrize("kind", ["symlink", "fifo", "folder"])
def test_targets_that_are_not_regular_files_are_refused(
    db: Database, actor: Staff, tmp_path: Path, kind: str
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    target = tmp_path / "out.csv"
    if kind == "symlink":
        target.symlink_to(victim)
    elif kind == "fifo":
        os.mkfifo(target)
    else:
        target.mkdir()
    with pytest.raises(FileProblem, match="refusing to write"):
        export_guests(db, actor, target)
    with pytest.raises(FileProblem, match="refusing to write"):
        backup(db, actor, target)
    assert victim.read_text() == "keep me"
    assert target.is_symlink() or stat.S_ISFIFO(os.lstat(target).st_mode) or target.is_dir()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


@posix_only
def test_files_holding_guest_data_are_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        db = open_desk(tmp_path / "data" / "vipdesk.db")
        try:
            actor = make_staff(db, "anna", Role.ADMIN)
            fill_demo(db, actor, 5)
            assert _mode(tmp_path / "data") == 0o700
            assert _mode(db.path) == 0o600
            assert _mode(Path(f"{db.path}-wal")) == 0o600
            export_guests(db, actor, tmp_path / "guests.csv")
            assert _mode(tmp_path / "guests.csv") == 0o600
            backup(db, actor, tmp_path / "copy.db")
            assert _mode(tmp_path / "copy.db") == 0o600
            source = tmp_path / "in.csv"
            source.write_text("name,tier\n王伟,VIP\n,VIP\n", encoding="utf-8")
            import_guests(db, actor, source, rejects_path=tmp_path / "rejects.csv")
            assert _mode(tmp_path / "rejects.csv") == 0o600
        finally:
            db.close()
    finally:
        os.umask(old)


def test_a_failed_export_leaves_nothing_under_the_name(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    with pytest.raises(FileProblem):
        export_guests(db, actor, tmp_path / "missing-folder" / "out.csv")
    assert not (tmp_path / "missing-folder").exists()
