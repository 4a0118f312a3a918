"""`vipdesk audit verify` and `vipdesk audit list`: admins only; exit 5 on a broken chain."""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from vipdesk.cli import main
from vipdesk.services.database import Database
from vipdesk.services.demo_accounts import DEMO_RECEPTIONIST


@pytest.fixture
def desk(target: str) -> str:
    """A demo database: a file, or a PostgreSQL URL (both engines)."""
    assert main(["--db", target, "demo", "--guests", "5"]) == 0
    return target


def _raw(db: Database, statement: str) -> None:
    """What someone with the database's own access does behind the app's back (an SQLite
    shell on the file, psql on the server)."""
    with db.engine.begin() as conn:
        conn.execute(text(statement))


def _last_id(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT max(id) FROM audit_log")).scalar_one()


def test_verify_exits_0_on_an_intact_chain(
    db: Database, desk: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", desk, "audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert "audit chain intact" in out and "audit key: file (" in out and "; anchor in " in out


def test_verify_exits_5_naming_an_entry_edited_behind_the_apps_back(
    db: Database, desk: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _raw(db, "UPDATE audit_log SET staff_id = NULL WHERE id = 2")
    capsys.readouterr()
    assert main(["--db", desk, "audit", "verify"]) == 5
    err = capsys.readouterr().err
    assert (
        err
        == "vipdesk: audit chain broken: entry 2 was changed or inserted (its MAC does not match)\n"
    )


def test_verify_exits_5_when_the_last_entries_are_deleted(
    db: Database, desk: str, capsys: pytest.CaptureFixture[str]
) -> None:
    last = _last_id(db)
    _raw(db, f"DELETE FROM audit_log WHERE id >= {last - 1}")
    capsys.readouterr()
    # Verifying signs in first: that entry takes number last - 1 again, under the anchor.
    assert main(["--db", desk, "audit", "verify"]) == 5
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "tail was cut" in err and "Traceback" not in err


def test_verify_exits_5_when_a_middle_entry_is_deleted(
    db: Database, desk: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _raw(db, "DELETE FROM audit_log WHERE id = 3")
    capsys.readouterr()
    assert main(["--db", desk, "audit", "verify"]) == 5
    assert "entry 3 is missing" in capsys.readouterr().err


def test_verify_without_the_key_says_so_in_one_line(
    db: Database,
    desk: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from vipdesk.services import audit_chain

    # Another PC: the database's own key was imported there (`vipdesk key import`), the
    # audit chain's key was not.
    _db_keys_only(Path(os.environ["VIPDESK_KEY_DIR"]), tmp_path / "elsewhere")
    monkeypatch.setenv("VIPDESK_KEY_DIR", str(tmp_path / "elsewhere"))
    audit_chain._KEYS.clear()
    capsys.readouterr()
    # Signing in on this machine opens a new segment; the verify checks that one.
    assert main(["--db", desk, "audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert "earlier entries precede the chain" in out


@pytest.mark.parametrize("what", [["verify"], ["list"], ["list", "--json"]])
def test_a_receptionist_is_refused_with_exit_4(
    db: Database,
    desk: str,
    what: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("VIPDESK_STAFF", DEMO_RECEPTIONIST)
    capsys.readouterr()
    assert main(["--db", desk, "audit", *what]) == 4
    captured = capsys.readouterr()
    assert captured.out == "" and "not permitted" in captured.err


def test_list_json_items(db: Database, desk: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", desk, "merge", "1", "2"]) == 0
    capsys.readouterr()
    assert main(["--db", desk, "audit", "list", "--json", "--guest", "1"]) == 0
    items = json.loads(capsys.readouterr().out)
    (merge,) = [i for i in items if i["action"] == "merge_guests"]
    assert merge["guest_id"] == 1 and merge["staff"] == "demo.admin"
    assert merge["guest_member_no"] and merge["detail"] == {"merged": 2}
    at = datetime.fromisoformat(merge["at"])
    assert at.utcoffset() is not None and at.date() == date.today()
    assert {"workstation", "entity", "entity_id"} <= merge.keys()
    assert main(["--db", desk, "audit", "list", "--json", "--staff", "demo.admin"]) == 0
    mine = json.loads(capsys.readouterr().out)
    sign_in = next(i for i in mine if i["action"] == "sign_in")
    assert sign_in["guest_id"] is None and sign_in["guest_member_no"] is None
    assert main(["--db", desk, "audit", "list", "--json", "--since", "2999-01-01"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_list_names_an_unknown_staff_member_in_one_line(
    db: Database, desk: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", desk, "audit", "list", "--staff", "nobody"]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def _db_keys_only(source: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for key in source.glob("db-*.key"):
        (target / key.name).write_bytes(key.read_bytes())
