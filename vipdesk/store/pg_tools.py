"""PostgreSQL's own tools (pg_dump, pg_restore) run on a vipdesk database URL.

The connection goes to the tool as a libpq connection string without the password; the
password (when the URL has one) goes in PGPASSWORD in the tool's environment, never on
its command line. A URL whose `options` set a search_path (one schema of a shared
database) dumps that schema only.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from vipdesk.store.engines import normalised_url

_SEARCH_PATH = re.compile(r"-c\s*search_path\s*=\s*([^\s,]+)")


@dataclass(frozen=True)
class Target:
    """How a tool reaches the database of a URL."""

    conninfo: str  # libpq's key=value string, no password in it
    password: str | None
    schema: str | None  # the URL's search_path, if it names one

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        if self.password is not None:
            env["PGPASSWORD"] = self.password
        return env


def target_of(url: str) -> Target:
    from psycopg.conninfo import make_conninfo

    parsed = make_url(normalised_url(url))
    params: dict[str, str] = {}
    for key, value in parsed.query.items():
        params[key] = value if isinstance(value, str) else value[-1]
    if parsed.host:
        params["host"] = parsed.host
    if parsed.port:
        params["port"] = str(parsed.port)
    if parsed.username:
        params["user"] = parsed.username
    if parsed.database:
        params["dbname"] = parsed.database
    params.pop("password", None)
    found = _SEARCH_PATH.search(unquote(params.get("options", "")))
    schema = found.group(1).strip("\"'") if found else None
    return Target(make_conninfo(**params), parsed.password, schema)


def server_major(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SHOW server_version_num")).scalar_one()) // 10000


ENV_BIN = "VIPDESK_PG_BIN"
"""A folder holding pg_dump and pg_restore: then only there (a PostgreSQL installed elsewhere)."""


def find_tool(name: str, major: int | None) -> str | None:
    """`name` from $VIPDESK_PG_BIN if set; else from the server's major version when
    installed side by side (Debian's /usr/lib/postgresql/N/bin, Windows' Program
    Files\\PostgreSQL\\N\\bin), else on PATH."""
    exe = ".exe" if sys.platform == "win32" else ""
    chosen = os.environ.get(ENV_BIN, "").strip()
    if chosen:
        candidate = Path(chosen) / f"{name}{exe}"
        return str(candidate) if candidate.is_file() and os.access(candidate, os.X_OK) else None
    places: list[Path] = []
    if major is not None:
        places.append(Path(f"/usr/lib/postgresql/{major}/bin"))
        for base in (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMW6432")):
            if base:
                places.append(Path(base) / "PostgreSQL" / str(major) / "bin")
    for place in places:
        candidate = place / f"{name}{exe}"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which(name)


@dataclass(frozen=True)
class ToolRun:
    ok: bool
    out: str
    err: str


def run(tool: str, args: list[str], target: Target, *, timeout: float | None = None) -> ToolRun:
    """Run a PostgreSQL tool; its output with the password blanked should it ever appear."""
    done = subprocess.run(
        [tool, *args],
        env=target.env(),
        capture_output=True,
        text=True,
        errors="replace",
        timeout=timeout,
        check=False,
    )
    return ToolRun(done.returncode == 0, _blank(done.stdout, target), _blank(done.stderr, target))


def _blank(output: str, target: Target) -> str:
    return output.replace(target.password, "***") if target.password else output
