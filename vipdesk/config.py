"""Where vipdesk keeps its files.

One place decides the database path: the `--db` option wins, then the VIPDESK_DB
environment variable, then the per-user data directory from platformdirs.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "vipdesk"
ENV_DB = "VIPDESK_DB"
ENV_STAFF = "VIPDESK_STAFF"


def data_dir() -> Path:
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


def resources_dir() -> Path:
    """What the app loads at run time (translations, icons): package data, so it travels
    in the wheel and the bundle."""
    return Path(__file__).resolve().parent / "resources"
