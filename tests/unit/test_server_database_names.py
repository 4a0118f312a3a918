"""A database on a server is named by its URL (user@host:port/db), never as a file path:
`Path(url)` collapses `//` (postgresql://host → postgresql:/host), and file-only steps
must refuse a server database before they touch any path."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.accounts import make_staff
from vipdesk.domain.staff import Role
from vipdesk.services.database import Database
from vipdesk.services.errors import ServiceError

_COLLAPSED = re.compile(r"postgresql(\+\w+)?:/[^/]")


def _names_the_database(db: Database, text: str) -> None:
    assert db.shown_name in text
    assert not _COLLAPSED.search(text), text


def test_key_export_on_a_server_names_its_url(pg_db: Database, tmp_path: Path) -> None:
    from vipdesk.services.database_keys import export_key

    db, actor = pg_db, make_staff(pg_db, "anna", Role.ADMIN)
    with pytest.raises(ServiceError) as refused:
        export_key(db, actor, tmp_path / "key.txt")
    _names_the_database(db, str(refused.value))
    assert not (tmp_path / "key.txt").exists()


def test_encrypting_a_server_database_is_refused_before_any_file_is_made(
    pg_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vipdesk.services.database_keys import encrypt_database

    db, actor = pg_db, make_staff(pg_db, "anna", Role.ADMIN)
    cwd = tmp_path / "cwd"  # (tmp_path may hold the key folder)
    cwd.mkdir()
    monkeypatch.chdir(cwd)  # a relative 'postgresql+psycopg:' folder would land here
    with pytest.raises(ServiceError) as refused:
        encrypt_database(db, actor)
    _names_the_database(db, str(refused.value))
    assert list(cwd.iterdir()) == []
    assert db.shown_name  # still open and usable
