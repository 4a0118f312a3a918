"""Demo data in a database: `vipdesk demo` and the test fixtures. The guests come from
demo_people, the complaints from demo_complaints, the accounts from demo_accounts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Operation, Staff
from vipdesk.services.audit import audit
from vipdesk.services.demo_accounts import (
    add_demo_accounts,
    demo_duty_manager,
    demo_receptionist,
)
from vipdesk.services.demo_complaints import CRASH_ENV, crash_point, fill_demo_complaints
from vipdesk.services.demo_people import (
    CN_GIVEN,
    CN_SURNAMES,
    COMPANIES,
    WESTERN_FIRST,
    WESTERN_LAST,
    demo_guests,
)
from vipdesk.services.errors import Conflict
from vipdesk.services.staff import authorize
from vipdesk.store import guest_repo as repo
from vipdesk.store.db import Database

__all__ = [  # what callers have always imported from here
    "CN_GIVEN",
    "CN_SURNAMES",
    "COMPANIES",
    "CRASH_ENV",
    "WESTERN_FIRST",
    "WESTERN_LAST",
    "DemoFilled",
    "demo_duty_manager",
    "demo_guests",
    "demo_receptionist",
    "fill_demo",
    "fill_demo_complaints",
    "run_demo",
]

_UNFINISHED = "demo_complaints_unfinished"  # app_meta key while demo complaints go in


def fill_demo(
    db: Database, actor: Staff, count: int, seed: int = 1, today: date | None = None
) -> int:
    """Add `count` demo guests in one transaction (all or none); returns how many.

    `actor` asked for the demo; the guests are entered by the demo receptionist.
    """
    authorize(db, actor, Operation.DEMO)
    add_demo_accounts(db, actor)  # demo history is written by the demo staff
    drafts = demo_guests(count, seed, today)
    clerk = demo_receptionist(db) if drafts else actor
    with db.write() as session:
        _add_guests(session, clerk, drafts, today)
    return len(drafts)


def _add_guests(
    session: Session, actor: Staff, drafts: list[GuestDraft], today: date | None = None
) -> None:
    from vipdesk.services.demo_stays import add_demo_stays

    ids: list[int] = []
    for start in range(0, len(drafts), 1000):
        ids += repo.insert_guests(session, drafts[start : start + 1000], actor.id)
        crash_point("guests")  # killed here, the transaction leaves nothing behind
    stays = add_demo_stays(session, drafts, ids, today or date.today())
    audit(session, actor, "demo", "guest", None, count=len(drafts), stays=stays)


@dataclass(frozen=True)
class DemoFilled:
    guests: int
    complaints: int
    finished_earlier_run: bool  # a demo stopped while logging complaints was completed


def run_demo(
    db: Database,
    actor: Staff,
    guests: int,
    complaints: int = 0,
    seed: int = 1,
    today: date | None = None,
) -> DemoFilled:
    """Fill an empty database with demo guests (and complaints): `vipdesk demo`.

    The guests go in with one transaction, so a demo stopped part-way leaves none. The
    complaints (each one its own unit of work, like a real shift's) are marked as
    unfinished until the last is logged; a demo stopped among them is completed by the
    next one, which logs them again from the start. Refuses (Conflict) a database that
    already holds guests of its own.
    """
    authorize(db, actor, Operation.DEMO)
    add_demo_accounts(db, actor)  # demo history is written by the demo staff
    from vipdesk.store.models import ComplaintRow, GuestRow

    with db.write() as session:
        existing = session.scalar(select(func.count()).select_from(GuestRow)) or 0
        unfinished = bool(repo.get_meta(session, _UNFINISHED))
        if existing and not unfinished:
            raise Conflict(
                f"{db.shown_name} already holds {existing} guests; demo data goes into an empty "
                "database"
            )
        if not existing:
            _add_guests(session, actor, demo_guests(guests, seed, today), today)
            unfinished = complaints > 0
            if unfinished:
                repo.set_meta(session, _UNFINISHED, "1", actor.id)
        else:  # the earlier demo's complaints are logged again, from the start
            session.execute(delete(ComplaintRow))
    logged = fill_demo_complaints(db, actor, complaints, seed) if unfinished else 0
    if unfinished:
        with db.write() as session:
            repo.set_meta(session, _UNFINISHED, "", actor.id)
    return DemoFilled(existing or guests, logged, bool(existing))
