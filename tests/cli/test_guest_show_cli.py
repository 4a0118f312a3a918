"""`vipdesk guest show`: a profile as the panel shows it, audited as a view; prints and
exports from the command line are audited too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import sqlite_files
from vipdesk.cli import main
from vipdesk.services.demo_accounts import DEMO_RECEPTIONIST


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    path = tmp_path / "d.db"
    assert main(["--db", str(path), "demo", "--guests", "5"]) == 0
    return path


def _last(path: Path, n: int = 1) -> list[tuple[str, str, int | None, dict]]:
    conn = sqlite_files.connect(path)
    try:
        rows = conn.execute(
            "SELECT action, entity, entity_id, detail FROM audit_log ORDER BY id DESC LIMIT ?",
            (n,),
        ).fetchall()
    finally:
        conn.close()
    return [(a, e, i, json.loads(d)) for a, e, i, d in reversed(rows)]


def _member_no(path: Path, guest_id: int) -> str:
    conn = sqlite_files.connect(path)
    try:
        return conn.execute("SELECT member_no FROM guests WHERE id = ?", (guest_id,)).fetchone()[0]
    finally:
        conn.close()


def test_guest_show_prints_the_profile_and_records_a_view(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VIPDESK_STAFF", DEMO_RECEPTIONIST)  # every role may look
    member_no = _member_no(desk, 3)
    capsys.readouterr()
    assert main(["--db", str(desk), "guest", "show", member_no]) == 0
    out = capsys.readouterr().out
    assert f"member {member_no}" in out and "(id 3)" in out and "service standard:" in out
    assert _last(desk) == [("view_guest", "guest", 3, {})]


def test_guest_show_json(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", str(desk), "guest", "show", "2", "--json"]) == 0
    profile = json.loads(capsys.readouterr().out)
    assert profile["guest"]["id"] == 2 and "taboos" in profile and "service_levels" in profile
    assert _last(desk)[0][:3] == ("view_guest", "guest", 2)


def test_guest_show_an_unknown_guest_in_one_line(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", str(desk), "guest", "show", "nobody"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert _last(desk)[0][0] == "sign_in"  # nothing shown, nothing recorded as a view


def test_printing_cards_and_exporting_are_recorded(desk: Path, tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    assert main(["--db", str(desk), "card", "1", "2", "-o", str(out)]) == 0
    assert _last(desk) == [
        ("print", "document", None, {"what": "card", "file": "cards.pdf", "guests": [1, 2]})
    ]
    assert main(["--db", str(desk), "export", "guests", str(tmp_path / "g.csv")]) == 0
    assert _last(desk) == [
        ("export", "document", None, {"what": "guests", "file": "g.csv", "count": 5})
    ]
