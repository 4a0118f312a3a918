"""backup, restore and check for a database on a PostgreSQL server.

Backups are PostgreSQL's own: `pg_dump -Fc` (custom format) into an owner-only file,
checked with `pg_restore --list`; a restore is `pg_restore --clean --if-exists
--single-transaction` into the URL's database, after checking the dump is a vipdesk one
this version can open. Without the tools installed, the message says what to install and
what to run instead. The check runs what makes sense on a server: the schema against the
models, the audit chain, the search index against the guests, the version columns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from vipdesk.domain.staff import Operation, Staff, may
from vipdesk.services import safe_files
from vipdesk.services.audit import audit
from vipdesk.services.errors import FileProblem, ServiceError
from vipdesk.services.staff import authorize
from vipdesk.store import pg_tools, search_index
from vipdesk.store.db import Database, ServerDatabase
from vipdesk.store.migrate import HEAD_REVISION, revisions, schema_differences

_INSTALL = (
    "install PostgreSQL's client tools (Debian: `sudo apt install postgresql-client`; "
    'Windows: the PostgreSQL installer\'s "Command Line Tools")'
)


class ToolMissing(ServiceError):
    code = "pg_tool_missing"


def _tool(db: ServerDatabase, name: str, instead: str) -> str:
    try:
        major: int | None = pg_tools.server_major(db.engine)
    except Exception:  # the tool search still works without the server's version
        major = None
    found = pg_tools.find_tool(name, major)
    if found is None:
        raise ToolMissing(
            f"{name} is not installed on this computer: {_INSTALL}, or run on the server: "
            f"{instead}",
            tool=name,
        )
    return found


def _server(db: Database) -> ServerDatabase:
    assert isinstance(db, ServerDatabase)
    return db


def default_backup_name(db: Database, now: datetime | None = None) -> Path:
    target = pg_tools.target_of(_server(db).url)
    name = re.sub(r"[^\w.-]+", "_", target.schema or "vipdesk")
    return Path(f"vipdesk-{name}-{(now or datetime.now()):%Y%m%d-%H%M%S}.dump")


def backup_server(db: Database, actor: Staff, dest: Path) -> Path:
    """`pg_dump -Fc` of the server database to `dest` (owner-only, checked). Admins."""
    server = _server(db)
    authorize(db, actor, Operation.BACKUP)
    target = pg_tools.target_of(server.url)
    tool = _tool(server, "pg_dump", "pg_dump -Fc -d vipdesk -f vipdesk.dump")
    lister = _tool(server, "pg_restore", "pg_restore --list vipdesk.dump")
    dest = Path(dest)
    safe_files.check_target(dest)
    tmp = safe_files.exclusive_temp(dest)
    try:
        args = ["--format=custom", f"--file={tmp}", "--no-password"]
        if target.schema:
            args.append(f"--schema={target.schema}")
        done = pg_tools.run(tool, [*args, f"--dbname={target.conninfo}"], target)
        if not done.ok:
            raise FileProblem(f"pg_dump failed: {_first_line(done.err)}")
        _check_dump(lister, tmp, target, dest)
        safe_files.install(tmp, dest)
    except BaseException:
        safe_files.discard(tmp)
        Path(tmp).unlink(missing_ok=True)
        raise
    with db.write() as session:
        audit(session, actor, "backup", "database", None, file=dest.name)
    return dest


def _first_line(text: str) -> str:
    lines = [x.strip() for x in text.strip().splitlines() if x.strip()]
    return lines[0] if lines else "no reason given"


@dataclass(frozen=True)
class DumpContents:
    schema: str | None  # the schema the vipdesk tables are in
    revision: str | None


def _check_dump(lister: str, path: Path, target: pg_tools.Target, shown: Path) -> DumpContents:
    """The dump reads back whole and holds vipdesk's tables (else FileProblem)."""
    listed = pg_tools.run(lister, ["--list", str(path)], target)
    if not listed.ok:
        raise FileProblem(f"{shown} is not a readable pg_dump file: {_first_line(listed.err)}")
    tables = re.findall(r"\bTABLE DATA (\S+) (\S+) ", listed.out)
    names = {t for _s, t in tables}
    if not {"alembic_version", "guests", "staff", "audit_log"} <= names:
        raise FileProblem(f"{shown} is not a vipdesk backup (no vipdesk tables in it)")
    schema = next(s for s, t in tables if t == "guests")
    data = pg_tools.run(
        lister, ["--data-only", "--table=alembic_version", "--file=-", str(path)], target
    )
    found = re.search(r"^(\w+)\s*$", data.out.split("FROM stdin;", 1)[-1], re.M)
    return DumpContents(schema, found.group(1) if found else None)


@dataclass(frozen=True)
class ServerRestore:
    source: Path
    revision: str | None


def check_restorable(db: Database, source: Path) -> DumpContents:
    """What a dump holds, refused unless it is a vipdesk one this version can open into
    the URL's schema."""
    server = _server(db)
    source = Path(source)
    if not source.is_file():
        raise FileProblem(f"file not found: {source}")
    target = pg_tools.target_of(server.url)
    lister = _tool(server, "pg_restore", f"pg_restore --list {source.name}")
    contents = _check_dump(lister, source, target, source)
    if contents.revision is None or (
        contents.revision != HEAD_REVISION and contents.revision not in revisions()
    ):
        raise FileProblem(
            f"refusing to restore {source}: its schema revision ({contents.revision}) is not "
            "one this vipdesk knows (a newer vipdesk made it?)"
        )
    if target.schema and contents.schema != target.schema:
        raise FileProblem(
            f"refusing to restore {source}: it holds schema {contents.schema}, and this "
            f"database's search_path is {target.schema}"
        )
    return contents


def restore_server(db: Database, actor: Staff | None, source: Path) -> ServerRestore:
    """Replace the server database's vipdesk tables with a checked `pg_dump -Fc` file, in
    one transaction (a failure changes nothing). The caller checked the role; the restore
    is recorded in the restored trail by reopening it (services/audit_trail)."""
    server = _server(db)
    contents = check_restorable(db, source)
    target = pg_tools.target_of(server.url)
    tool = _tool(
        server, "pg_restore", f"pg_restore --clean --if-exists -d vipdesk {Path(source).name}"
    )
    server.close()  # our own pooled connections must not hold locks on the tables
    args = [
        "--clean",
        "--if-exists",
        "--single-transaction",
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        "--no-password",
        f"--dbname={target.conninfo}",
    ]
    done = pg_tools.run(tool, [*args, str(source)], target)
    if not done.ok:
        raise FileProblem(
            f"pg_restore failed, nothing was changed: {_first_line(done.err)}", tool="pg_restore"
        )
    return ServerRestore(Path(source), contents.revision)


# ---- check ---------------------------------------------------------------------------


@dataclass
class ServerCheck:
    problems: list[str] = field(default_factory=list)
    lines_: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        return self.lines_


def check_server(db: Database, actor: Staff) -> ServerCheck:
    """The app's own checks on a server database (every signed-in role; no guest data): schema at head and matching the
    models, foreign keys (the server enforces them), the audit chain, the search index
    against the guests, the record versions."""
    from vipdesk.store.migrate import current_revision

    role = authorize(db, actor, Operation.CHECK)
    report = ServerCheck()

    def say(name: str, problems: list[str], good: str = "ok") -> None:
        if problems:
            report.problems += problems
            report.lines_.append(f"{name}: {len(problems)} problem(s)")
            report.lines_ += [f"  {p}" for p in problems[:20]]
        else:
            report.lines_.append(f"{name}: {good}")

    revision = current_revision(db.engine)
    say(
        "schema revision",
        [] if revision == HEAD_REVISION else [f"at {revision}, this vipdesk's is {HEAD_REVISION}"],
        f"{revision} (current)",
    )
    from vipdesk.services.maintenance import describe_difference

    say(
        "schema",
        [describe_difference(d) for d in schema_differences(db.engine)],
        "matches this version",
    )
    report.lines_.append("foreign keys: enforced by the server")
    if not may(role, Operation.AUDIT):  # the trail is the admin's to read
        report.lines_.append("audit chain: checked by an admin (vipdesk audit verify)")
    else:
        _check_chain(db, actor, say, report)
    with db.read() as session:
        say("search index", _index_problems(session.connection()), "matches the guests")
        say("record versions", _version_problems(session.connection()))
    return report


def _check_chain(
    db: Database, actor: Staff, say: Callable[[str, list[str], str], None], report: ServerCheck
) -> None:
    from vipdesk.services.audit_trail import AuditKeyMissing, verify_chain
    from vipdesk.services.errors import AuditChainBroken

    try:
        chain = verify_chain(db, actor)
        say("audit chain", [], f"intact ({chain.checked} entries checked)")
    except AuditChainBroken as exc:
        say("audit chain", [str(exc)], "ok")
    except AuditKeyMissing as exc:  # not a fault of the database: this computer lacks the key
        report.lines_.append(f"audit chain: not checked here ({exc})")


def _index_problems(conn: Any) -> list[str]:
    problems = []
    version = search_index.stored_version(conn)
    if version != search_index.INDEX_VERSION:
        problems.append(
            f"built by index version {version}, this vipdesk's is {search_index.INDEX_VERSION} "
            "(run `vipdesk reindex`)"
        )
    if not search_index.index_present(conn):
        return [*problems, "the index tables are missing (run `vipdesk reindex`)"]
    one = conn.exec_driver_sql
    missing = one(
        "SELECT count(*) FROM guests g WHERE NOT EXISTS "
        "(SELECT 1 FROM search_rowids s WHERE s.guest_id = g.id)"
    ).scalar_one()
    docs_missing = one(
        "SELECT count(*) FROM search_rowids s WHERE NOT EXISTS "
        "(SELECT 1 FROM guest_search d WHERE d.rowid = s.fts_rowid)"
    ).scalar_one()
    extra = one(
        "SELECT count(*) FROM guest_search d WHERE NOT EXISTS "
        "(SELECT 1 FROM search_rowids s WHERE s.fts_rowid = d.rowid)"
    ).scalar_one()
    if missing:
        problems.append(f"{missing} guest(s) not in the index (run `vipdesk reindex`)")
    if docs_missing:
        problems.append(f"{docs_missing} index entries without their document")
    if extra:
        problems.append(f"{extra} index document(s) of no guest")
    return problems


def _version_problems(conn: Any) -> list[str]:
    found = []
    for table in ("guests", "complaints", "app_meta"):
        bad = conn.exec_driver_sql(
            f"SELECT count(*) FROM {table} WHERE version IS NULL OR version < 1"
        ).scalar_one()
        if bad:
            found.append(f"{bad} row(s) of {table} without a valid version")
    return found
