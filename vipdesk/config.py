"""Where vipdesk keeps its files.

One place decides the database: the `--db` option wins, then the VIPDESK_DB environment
variable, then `vipdesk.db` in the data folder. Either may be a file path or a PostgreSQL
URL (`postgresql+psycopg://user@host/db`), for several counters sharing one server.

The data folder (database, daily backups, log) is $VIPDESK_DATA_DIR, else the folder named
in `data-folder.txt` beside the installed program (the Windows installer writes it when a
machine-wide folder under ProgramData is chosen for a counter shared by several accounts),
else the per-user data directory from platformdirs.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from vipdesk import runtime

APP_NAME = "vipdesk"
ENV_DB = "VIPDESK_DB"
ENV_STAFF = "VIPDESK_STAFF"
ENV_DATA_DIR = "VIPDESK_DATA_DIR"
DATA_FOLDER_FILE = "data-folder.txt"
DB_URL_SCHEMES = ("postgresql", "postgresql+psycopg", "postgres")


def is_database_url(value: object) -> bool:
    """True for a database URL (`postgresql+psycopg://…`), False for a file path."""
    scheme, sep, _rest = str(value).strip().partition("://")
    return bool(sep) and scheme.lower() in DB_URL_SCHEMES


def data_dir() -> Path:
    """The data folder (see the module's docstring)."""
    return data_dir_for(runtime.install_folder())


def data_dir_for(install_folder: Path | None) -> Path:
    """The data folder of a program installed in `install_folder` (None: run from Python)."""
    env = os.environ.get(ENV_DATA_DIR, "").strip()
    if env:
        return Path(env).expanduser()
    if install_folder is not None:
        chosen = install_folder / DATA_FOLDER_FILE
        if chosen.is_file():
            named = chosen.read_text(encoding="utf-8-sig").strip()
            if named:
                return Path(os.path.expandvars(named)).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / "vipdesk.db"


def demo_db_path() -> Path:
    return data_dir() / "demo.db"


def resolve_db_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The database file to open: `--db`, else $VIPDESK_DB, else the user data dir."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(ENV_DB, "").strip()
    if env:
        return Path(env).expanduser()
    return default_db_path()


def resolve_db_target(cli_value: str | os.PathLike[str] | None = None) -> Path | str:
    """Like resolve_db_path, but a PostgreSQL URL comes back as it was given (a str)."""
    for value in (cli_value, os.environ.get(ENV_DB, "")):
        if value and str(value).strip():
            return str(value).strip() if is_database_url(value) else resolve_db_path(value)
    return default_db_path()


def resources_dir() -> Path:
    """What the app loads at run time (translations, icons): package data, so it travels
    in the wheel and the bundle."""
    return Path(__file__).resolve().parent / "resources"
