"""Two processes edit the same guest: one save wins, the other is refused, nothing is lost."""

from __future__ import annotations

import subprocess
import sys

from tests import sql
from tests.accounts import make_staff
from vipdesk.domain.guest import GuestDraft, Severity, Taboo, TabooKind
from vipdesk.domain.staff import Role
from vipdesk.services.database import Database, is_server
from vipdesk.services.guests import create_guest, get_guest

# One counter: open the guest, say so, wait for "go", make its change, report the outcome.
WRITER = r"""
import sys
from vipdesk.domain.guest import Severity, Taboo, TabooKind
from vipdesk.services.database import open_desk
from vipdesk.services.errors import ChangedMeanwhile
from vipdesk.services.guests import get_guest, update_guest
from tests.accounts import make_staff
from vipdesk.domain.staff import Role

path, guest_id, who, change = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
db = open_desk(path)
actor = make_staff(db, who.replace(" ", "").lower(), display_name=who)
opened = get_guest(db, actor, guest_id)
print("opened", flush=True)
sys.stdin.readline()
draft = opened.draft()
if change == "allergy":
    draft.taboos = [*draft.taboos, Taboo("PEANUT anaphylaxis", TabooKind.ALLERGY, Severity.DANGER)]
else:
    draft.notes = "Prefers a late checkout"
try:
    update_guest(db, actor, guest_id, draft, version=opened.version, base=opened)
except ChangedMeanwhile as exc:
    print("conflict", exc.changed_by, ",".join(exc.changed), "|", exc, flush=True)
else:
    print("saved", flush=True)
db.close()
"""


def _writer(path: str, guest_id: int, who: str, change: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, path, str(guest_id), who, change],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_two_processes_one_conflict_and_no_lost_write(db: Database) -> None:
    """On both engines: two counters (processes) on one SQLite file or one PostgreSQL
    database."""
    path = sql.target(db)
    setup = make_staff(db, "setup", Role.ADMIN)
    guest = create_guest(db, setup, GuestDraft(name="Chen Jing"))
    first = _writer(path, guest.id, "Li Wei", "allergy")
    second = _writer(path, guest.id, "Zhang Min", "notes")
    try:
        # Both have the guest open before either saves: the lost-update situation.
        assert first.stdout is not None and second.stdout is not None
        assert first.stdout.readline().strip() == "opened"
        assert second.stdout.readline().strip() == "opened"
        first_out, _ = first.communicate("go\n", timeout=60)
        second_out, _ = second.communicate("go\n", timeout=60)
    finally:
        for p in (first, second):
            if p.poll() is None:
                p.kill()
    assert first.returncode == 0 and second.returncode == 0
    outcomes = [first_out.strip(), second_out.strip()]
    assert outcomes[0] == "saved"
    assert outcomes[1].startswith("conflict Li Wei taboos |"), outcomes[1]
    where = "at another counter" if is_server(db) else "in another window"
    assert f"changed {where} by Li Wei at " in outcomes[1]

    stored = get_guest(db, setup, guest.id)
    assert stored.taboos == [Taboo("PEANUT anaphylaxis", TabooKind.ALLERGY, Severity.DANGER)]
    assert stored.notes == ""  # refused, not half-written; the counter was told to reload
    assert stored.version == guest.version + 1
