"""Exporting guests to CSV in UTF-8 with a BOM, so Excel opens Chinese text intact."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import select

from vipdesk.domain.guest_rows import EXPORT_COLUMNS, format_row
from vipdesk.domain.staff import Operation, Staff
from vipdesk.services import safe_files
from vipdesk.services.audit import record_output
from vipdesk.services.errors import FileProblem
from vipdesk.services.staff import authorize
from vipdesk.store import guest_repo as repo
from vipdesk.store.db import Database
from vipdesk.store.models import ErasedGuestRow, GuestRow

_PAGE = 1000


def export_guests(db: Database, actor: Staff, path: Path) -> int:
    """Write every guest to `path` (same headers as the import); returns the row count.

    The file is written next to its destination and renamed at the end (see safe_files),
    so a failed export never leaves a half-written file behind under the requested name.
    """
    authorize(db, actor, Operation.EXPORT)
    path = Path(path)
    count = 0
    try:
        with safe_files.atomic_write(path, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=EXPORT_COLUMNS)
            writer.writeheader()
            last_id = 0
            while True:
                with db.read() as session:
                    ids = session.scalars(
                        select(GuestRow.id)
                        .where(GuestRow.id > last_id)
                        # An erased guest is a nameless row kept for reports: not a guest.
                        .where(GuestRow.id.not_in(select(ErasedGuestRow.guest_id)))
                        .order_by(GuestRow.id)
                        .limit(_PAGE)
                    ).all()
                    if not ids:
                        break
                    guests = repo.load_guests(session, ids)
                for guest_id in ids:
                    writer.writerow(format_row(guests[guest_id]))
                count += len(ids)
                last_id = ids[-1]
            # Recorded before the file is in place: an export nobody could record (the
            # database busy) leaves no file behind.
            record_output(db, actor, "export", "guests", file=path, count=count)
    except OSError as exc:
        raise FileProblem(f"cannot write {path}: {exc.strerror or exc}") from None
    return count
