"""`vipdesk guest show`: a profile as the panel shows it, audited as a view; prints and
exports from the command line are audited too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import sql
from vipdesk.cli import main
from vipdesk.services.database import Database
from vipdesk.services.demo_accounts import DEMO_RECEPTIONIST


@pytest.fixture
def desk(target: str) -> str:
    """A demo database: a file, or a PostgreSQL URL (both engines)."""
    assert main(["--db", target, "demo", "--guests", "5"]) == 0
    return target


def _last(db: Database, n: int = 1) -> list[tuple[str, str, int | None, dict]]:
    conn = sql.connect(db)
    try:
        rows = conn.execute(
            "SELECT action, entity, entity_id, detail FROM audit_log ORDER BY id DESC LIMIT ?",
            (n,),
        ).fetchall()
    finally:
        conn.close()
    return [(a, e, i, json.loads(d)) for a, e, i, d in reversed(rows)]


def _member_no(db: Database, guest_id: int) -> str:
    conn = sql.connect(db)
    try:
        return conn.execute("SELECT member_no FROM guests WHERE id = ?", (guest_id,)).fetchone()[0]
    finally:
        conn.close()


def test_guest_show_prints_the_profile_and_records_a_view(
    db: Database, desk: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VIPDESK_STAFF", DEMO_RECEPTIONIST)  # every role may look
    member_no = _member_no(db, 3)
    capsys.readouterr()
    assert main(["--db", desk, "guest", "show", member_no]) == 0
    out = capsys.readouterr().out
    assert f"member {member_no}" in out and "(id 3)" in out and "service standard:" in out
    assert _last(db) == [("view_guest", "guest", 3, {})]


def test_guest_show_json(db: Database, desk: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", desk, "guest", "show", "2", "--json"]) == 0
    profile = json.loads(capsys.readouterr().out)
    assert profile["guest"]["id"] == 2 and "taboos" in profile and "service_levels" in profile
    assert _last(db)[0][:3] == ("view_guest", "guest", 2)


def test_guest_show_an_unknown_guest_in_one_line(
    db: Database, desk: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", desk, "guest", "show", "nobody"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert _last(db)[0][0] == "sign_in"  # nothing shown, nothing recorded as a view


def test_printing_cards_and_exporting_are_recorded(db: Database, desk: str, tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    assert main(["--db", desk, "card", "1", "2", "-o", str(out)]) == 0
    assert _last(db) == [
        ("print", "document", None, {"what": "card", "file": "cards.pdf", "guests": [1, 2]})
    ]
    assert main(["--db", desk, "export", "guests", str(tmp_path / "g.csv")]) == 0
    assert _last(db) == [
        ("export", "document", None, {"what": "guests", "file": "g.csv", "count": 5})
    ]
