"""A password in a database URL is never shown: not on stdout or stderr, not in a log
(every logger at DEBUG, SQLAlchemy's and psycopg's included), not in the audit trail.

The commands run with the password in the URL: a wrong one, a server that is down, and
successful ones (demo, search, migrate-to, backup, check, restore, audit verify, the
audit key's export and import)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from vipdesk.cli import main

WRONG = "Wr0ng-pa55word-zz9"
DOWN = "D0wn-server-pa55-qq7"


@pytest.fixture
def full_log(tmp_path: Path) -> Iterator[Path]:
    """Every record of every logger, at DEBUG, into a file (as --verbose logging would)."""
    path = tmp_path / "vipdesk.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    old = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield path
    finally:
        root.removeHandler(handler)
        root.setLevel(old)
        handler.close()


def _with_password(url: str, password: str) -> str:
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def _secrets_in(text_: str, secrets: list[str]) -> list[str]:
    return [s for s in secrets if s in text_ or quote(s) in text_]


def test_no_command_shows_the_urls_password(
    pg_url: str,
    tmp_path: Path,
    full_log: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    real = make_url(pg_url).password
    assert real, "the test server's URL must carry a password for this test"
    secrets = [real, WRONG, DOWN]
    monkeypatch.chdir(tmp_path)
    seen: list[str] = []

    def run(*argv: str) -> int:
        code = main(list(argv))
        out = capsys.readouterr()
        seen.extend([out.out, out.err])
        return code

    wrong = _with_password(pg_url, WRONG)
    assert run("--db", wrong, "search", "wang") == 1
    assert "cannot be opened" in seen[-1]
    down = _with_password(pg_url, DOWN).replace(make_url(pg_url).host or "", "127.0.0.1")
    down = make_url(down).set(port=1).render_as_string(hide_password=False)
    assert run("--db", down, "search", "wang") == 1
    assert run("--db", down, "backup", "x.dump") == 1
    assert run("--db", down, "restore", "x.dump") == 1
    assert run("--db", down, "check") == 1
    assert run("--db", down, "migrate-to", down) == 1

    src = tmp_path / "desk.db"
    assert run("--db", str(src), "demo", "--guests", "20") == 0
    assert run("--db", str(src), "migrate-to", pg_url) == 0
    assert run("--db", str(src), "migrate-to", pg_url) == 1  # not empty any more
    assert run("--db", pg_url, "search", "wang") == 0
    assert run("--db", pg_url, "backup", "desk.dump") == 0
    assert run("--db", pg_url, "check") == 0
    assert run("--db", pg_url, "restore", "desk.dump") == 0
    assert run("--db", pg_url, "audit", "verify") == 0
    assert run("--db", pg_url, "key", "export", "-o", "audit.key") == 0
    assert run("--db", pg_url, "key", "import", "audit.key") == 0
    assert run("--db", pg_url, "encrypt") == 1

    # URLs were shown, as user@host:port/db: no password, not even masked
    from vipdesk.store.engines import shown_url

    assert shown_url(pg_url) in "\n".join(seen) and "***" not in "\n".join(seen)
    assert not _secrets_in("\n".join(seen), secrets)
    logged = full_log.read_text(encoding="utf-8")
    assert "sqlalchemy" in logged or "alembic" in logged  # the log did record things
    assert not _secrets_in(logged, secrets)
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT action, entity, detail, workstation FROM audit_log"))
            trail = "\n".join(" ".join(str(v) for v in row) for row in rows)
    finally:
        engine.dispose()
    assert "migrate_to" in trail and "restore" in trail
    assert not _secrets_in(trail, secrets)
