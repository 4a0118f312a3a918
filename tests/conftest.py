"""Shared fixtures: every test gets its own real SQLite file."""

from __future__ import annotations

import os
import shutil

# Set once for the whole run, before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from vipdesk.domain.staff import Role, Staff
from vipdesk.services.database import Database, open_desk

from . import pg
from .accounts import CLI_PASSWORD, CLI_USER, make_staff
from .screenshots import ENV as SCREENSHOTS_ENV

settings.register_profile(
    "default", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# HYPOTHESIS_PROFILE=long: the property tests (tests/reliability/ among them) for longer.
settings.register_profile(
    "long", max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "vipdesk.db"


# The `db` tests of every test module run on PostgreSQL too when $VIPDESK_TEST_PG is set
# (CI sets it), except the modules (or packages) below, each with the reason; a single test
# about SQLite's file says so with @pytest.mark.sqlite_only(reason). A new module runs on
# both unless it is listed here (tests/test_engines.py keeps the list honest).
SQLITE_ONLY: dict[str, str] = {
    "tests.unit.test_encryption": "SQLCipher: encryption at rest is the server's job on PostgreSQL",
    "tests.unit.test_maintenance": "backup, restore and check of the SQLite file (pg_dump and "
    "the server's check are the admin commands' own tests)",
    "tests.unit.test_restore": "restoring a backup file over the SQLite file",
    "tests.unit.test_audit_restore": "the audit chain across a restored SQLite backup file",
    "tests.unit.test_backup_rotation": "the daily copies of the SQLite file (a server database "
    "has none: test_postgres)",
    "tests.unit.test_safe_files": "the database's own files and their permissions",
    "tests.unit.test_database_busy": "SQLite's write lock and busy timeout (PostgreSQL's row "
    "locks: test_versions, test_two_writers)",
    "tests.cli.test_cli_keys": "the SQLCipher key commands (on a URL they say so: test_postgres)",
    "tests.cli.test_cli_databases": "database files: paths, folders, permissions, backups",
    "tests.cli.test_helper_processes": "helper processes on the SQLite file's locks",
    "tests.cli.test_stays_cli": "files by path and kill -9 mid-import on the SQLite file (the "
    "stay import runs on both in tests.unit.test_stay_import)",
}


def runs_on_both_engines(module: str) -> bool:
    return not any(module == name or module.startswith(f"{name}.") for name in SQLITE_ONLY)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if (
        "db" in metafunc.fixturenames
        and pg.server_url() is not None
        and runs_on_both_engines(metafunc.module.__name__)
        and metafunc.definition.get_closest_marker("sqlite_only") is None
    ):
        metafunc.parametrize("db", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def db(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    if getattr(request, "param", "sqlite") == "postgresql":
        yield request.getfixturevalue("pg_db")
        return
    database = open_desk(db_path)
    yield database
    database.close()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL to an empty schema on the test server (skipped without $VIPDESK_TEST_PG)."""
    with pg.fresh_schema(pg.require_server()) as url:
        yield url


@pytest.fixture(scope="session")
def _pg_template(_session_keys: Path) -> Iterator[pg.TemplateSchema]:
    # One migrated schema per test process (per xdist worker), made on first use.
    def build(url: str) -> None:
        open_desk(url).close()

    template = pg.TemplateSchema(pg.require_server(), build)
    yield template
    template.drop()


@pytest.fixture
def pg_db(_pg_template: pg.TemplateSchema) -> Iterator[Database]:
    """A vipdesk database on PostgreSQL holding only what a just-migrated one holds: the
    process's template schema, emptied before the test (tests/pg.TemplateSchema). Its URL
    is `pg_db.url`, for a second counter on the same database."""
    _pg_template.reset()
    database = open_desk(_pg_template.url)
    yield database
    database.close()


@pytest.fixture
def actor(db: Database) -> Staff:
    """The person at the counter in most tests: an admin, who may do everything (the role
    table has its own tests, with the `receptionist` and `manager` fixtures)."""
    return make_staff(db, "anna", Role.ADMIN, "Anna 安娜")


@pytest.fixture
def receptionist(db: Database) -> Staff:
    return make_staff(db, "desk", Role.RECEPTIONIST, "前台 Desk")


@pytest.fixture
def manager(db: Database) -> Staff:
    return make_staff(db, "mgr", Role.DUTY_MANAGER, "王经理")


@pytest.fixture(scope="session", autouse=True)
def _screenshot_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    # Tests never rewrite tracked files: pictures go to a temporary folder unless the
    # screenshot script (packaging/screenshots.py) asks for the README's folder.
    if not os.environ.get(SCREENSHOTS_ENV):
        os.environ[SCREENSHOTS_ENV] = str(tmp_path_factory.mktemp("screenshots"))


@pytest.fixture(scope="session", autouse=True)
def _session_keys(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    # Keys of databases made outside a test (module-scoped templates) go here, never to the
    # user's keyring; each test's own key folder starts with a copy of them.
    folder = tmp_path_factory.mktemp("session-keys")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VIPDESK_KEY_DIR", str(folder))
        yield folder


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, _session_keys: Path) -> None:
    # Never touch the real user's database or data folder from a test.
    monkeypatch.delenv("VIPDESK_DB", raising=False)
    # The CLI signs in: as the demo admin (a demo database has it; tests/accounts.new_desk
    # gives other new databases the same first admin).
    monkeypatch.setenv("VIPDESK_STAFF", CLI_USER)
    monkeypatch.setenv("VIPDESK_PASSWORD", CLI_PASSWORD)
    monkeypatch.delenv("VIPDESK_NEW_PASSWORD", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    # Secrets kept outside the database go to owner-only files here, never the OS keyring.
    keys = tmp_path / "keys"
    if any(_session_keys.iterdir()):
        shutil.copytree(_session_keys, keys)
    monkeypatch.setenv("VIPDESK_KEY_DIR", str(keys))
