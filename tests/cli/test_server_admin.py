"""The admin commands on PostgreSQL: backup and restore through pg_dump/pg_restore, check,
and the key commands saying that encryption at rest is the server's job."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.accounts import CLI_PASSWORD, CLI_USER
from vipdesk.cli import main
from vipdesk.domain.guest import GuestDraft
from vipdesk.services import guests
from vipdesk.services.database import open_desk
from vipdesk.services.sign_in import sign_in
from vipdesk.store import pg_tools


@pytest.fixture
def server(tmp_path: Path, pg_url: str) -> str:
    """A demo database on the server (a demo's first admin is the one the CLI signs in as)."""
    assert main(["--db", pg_url, "demo", "--guests", "40", "--complaints", "3"]) == 0
    return pg_url


def _names(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text("SELECT name FROM guests ORDER BY id")).scalars())
    finally:
        engine.dispose()


def test_backup_is_pg_dump_owner_only_and_restore_brings_it_back(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _names(server)
    dump = tmp_path / "desk.dump"
    capsys.readouterr()
    assert main(["--db", server, "backup", str(dump)]) == 0
    out = capsys.readouterr().out
    assert "pg_restore --list ok" in out
    assert stat.S_IMODE(dump.stat().st_mode) == 0o600
    assert dump.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format

    db = open_desk(server, create=False)
    try:
        admin = sign_in(db, CLI_USER, CLI_PASSWORD)
        guests.create_guest(db, admin, GuestDraft(name="备份之后 After Backup"))
    finally:
        db.close()
    assert len(_names(server)) == len(before) + 1

    assert main(["--db", server, "restore", str(dump)]) == 0
    assert "pg_restore ok" in capsys.readouterr().out
    assert _names(server) == before
    # The restore is in the restored trail, and the chain (anchor moved back) verifies.
    assert main(["--db", server, "audit", "verify"]) == 0
    assert main(["--db", server, "check"]) == 0
    engine = create_engine(server)
    with engine.connect() as conn:
        actions = list(conn.execute(text("SELECT action FROM audit_log ORDER BY id")).scalars())
    engine.dispose()
    assert actions[-1] != "backup" and "restore" in actions  # the dump was made before its entry


def test_backup_without_a_file_names_one(
    server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert main(["--db", server, "backup"]) == 0
    made = list(tmp_path.glob("vipdesk-*.dump"))
    assert len(made) == 1 and made[0].name in capsys.readouterr().out


def test_backup_of_a_file_still_needs_a_file_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = tmp_path / "desk.db"
    assert main(["--db", str(desk), "demo", "--guests", "3"]) == 0
    capsys.readouterr()
    assert main(["--db", str(desk), "backup"]) == 2
    assert "backup needs a FILE" in capsys.readouterr().err


def test_restore_refuses_what_is_not_a_vipdesk_dump(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _names(server)
    junk = tmp_path / "junk.dump"
    junk.write_bytes(b"not a dump at all\n" * 10)
    sqlite_file = tmp_path / "desk.db"
    assert main(["--db", str(sqlite_file), "demo", "--guests", "3"]) == 0
    capsys.readouterr()
    for bad in (junk, sqlite_file, tmp_path / "missing.dump"):
        assert main(["--db", server, "restore", str(bad)]) == 1
        err = capsys.readouterr().err
        assert ("not a readable pg_dump file" in err) or ("file not found" in err), err
        assert "Traceback" not in err
    assert _names(server) == before


def test_a_dump_of_another_schema_is_refused(
    server: str, tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests import pg

    dump = tmp_path / "desk.dump"
    assert main(["--db", server, "backup", str(dump)]) == 0
    with pg.fresh_schema(pg.require_server()) as other:
        assert main(["--db", other, "demo", "--guests", "2"]) == 0
        capsys.readouterr()
        assert main(["--db", other, "restore", str(dump)]) == 1
        assert "it holds schema" in capsys.readouterr().err


def test_without_pg_dump_it_says_what_to_install_and_run(
    server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(pg_tools.ENV_BIN, str(tmp_path / "no-tools-here"))
    capsys.readouterr()
    assert main(["--db", server, "backup", str(tmp_path / "b.dump")]) == 1
    err = capsys.readouterr().err
    assert "pg_dump is not installed" in err and "apt install postgresql-client" in err
    assert "pg_dump -Fc" in err
    assert not (tmp_path / "b.dump").exists()
    assert main(["--db", server, "restore", str(tmp_path / "b.dump")]) == 1


def test_the_tools_match_the_servers_version(server: str) -> None:
    db = open_desk(server, create=False)
    try:
        major = pg_tools.server_major(db.engine)
    finally:
        db.close()
    found = pg_tools.find_tool("pg_dump", major)
    assert found is not None
    if Path(f"/usr/lib/postgresql/{major}/bin/pg_dump").exists():
        assert found == f"/usr/lib/postgresql/{major}/bin/pg_dump"


def test_check_runs_the_apps_checks_on_the_server(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", server, "check"]) == 0
    out = capsys.readouterr().out
    for line in ("schema: matches", "audit chain: intact", "search index: matches"):
        assert line in out
    assert "encryption at rest: the server's job" in out
    engine = create_engine(server)
    with engine.begin() as conn:  # a guest the index lost
        conn.execute(text("DELETE FROM search_rowids WHERE guest_id = 5"))
    engine.dispose()
    assert main(["--db", server, "check"]) == 1
    assert "1 guest(s) not in the index" in capsys.readouterr().out


@pytest.mark.parametrize("command", [["key", "export", "-o", "x.key"], ["encrypt"]])
def test_key_commands_say_encryption_is_the_servers_job(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql+psycopg://desk1:s3cret@127.0.0.1:1/vipdesk"  # nobody listens there
    assert main(["--db", url, *command]) == 1
    err = capsys.readouterr().err
    assert "encryption at rest is the server's job" in err
    assert "s3cret" not in err and "Traceback" not in err


def test_the_audit_key_moves_to_another_counter_before_its_first_sign_in(
    server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    key_file = tmp_path / "audit.key"
    assert main(["--db", server, "key", "export", "-o", str(key_file)]) == 0
    out = capsys.readouterr()
    assert "encryption at rest is the server's job" in out.err and "key import" in out.out
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert key_file.read_text().startswith("vipdesk-audit-key ")

    monkeypatch.setenv("VIPDESK_KEY_DIR", str(tmp_path / "counter2-keys"))  # another PC
    junk = tmp_path / "junk.key"
    junk.write_text("vipdesk-audit-key " + "0" * 32 + " " + "1" * 64 + "\n")
    assert main(["--db", server, "key", "import", str(junk)]) == 1
    assert "another database" in capsys.readouterr().err
    forged = tmp_path / "forged.key"
    ident = key_file.read_text().split()[1]
    forged.write_text(f"vipdesk-audit-key {ident} {'2' * 64}\n")
    assert main(["--db", server, "key", "import", str(forged)]) == 1
    assert "does not check this database's audit trail" in capsys.readouterr().err
    assert not (tmp_path / "counter2-keys").exists() or not any(
        (tmp_path / "counter2-keys").glob("audit-*.key")
    )

    assert main(["--db", server, "key", "import", str(key_file)]) == 0
    assert "installed the audit key" in capsys.readouterr().out
    assert main(["--db", server, "audit", "verify"]) == 0  # one chain, no new stretch
    engine = create_engine(server)
    with engine.connect() as conn:
        actions = list(conn.execute(text("SELECT action FROM audit_log ORDER BY id")).scalars())
    engine.dispose()
    assert "audit_key_new" not in actions and actions.count("import") == 1


def test_target_never_puts_the_password_in_the_connection_string() -> None:
    target = pg_tools.target_of(
        "postgresql://desk1:s3cret@db.hotel.lan:5433/vipdesk?sslmode=require"
        "&options=-csearch_path%3Dfront"
    )
    assert "s3cret" not in target.conninfo and target.password == "s3cret"
    assert "sslmode=require" in target.conninfo and "port=5433" in target.conninfo
    assert target.schema == "front"
    assert target.env()["PGPASSWORD"] == "s3cret"
