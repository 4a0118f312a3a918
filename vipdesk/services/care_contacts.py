"""The guest's side of the care plan: contacts logged, tasks skipped, do not contact,
the dedicated person (专人负责) and marketing consent per channel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select

from vipdesk.domain.care import (
    CONSENT_CHANNELS,
    Channel,
    Outcome,
    Stage,
    TaskKind,
    ad_stage,
    parse_task_id,
)
from vipdesk.domain.guest import FieldError, check_text
from vipdesk.domain.staff import Operation, Staff
from vipdesk.services.care import plan
from vipdesk.services.errors import NotFound, ValidationFailed
from vipdesk.services.guests import audit, find_by_member_no_or_id
from vipdesk.services.staff import authorize, require
from vipdesk.store import guest_repo as repo
from vipdesk.store.db import Database
from vipdesk.store.models import (
    CareGuestRow,
    ConsentRow,
    ContactRow,
    GuestRow,
    StaffRow,
    TaskSkipRow,
    utcnow,
)


@dataclass(frozen=True)
class Contact:
    id: int
    guest_id: int
    at: datetime
    """UTC, as stored."""
    channel: Channel
    outcome: Outcome
    note: str
    staff_name: str
    task_id: str | None


def log_contact(
    db: Database,
    actor: Staff,
    guest_key: str,
    channel: Channel,
    outcome: Outcome,
    *,
    task: str | None = None,
    note: str = "",
    today: date | None = None,
) -> Contact:
    """Record a touch with a guest (member no. or id). It completes the task it answers:
    `task` when given (its id), else the guest's oldest open task due by today, if any.
    The outcome do_not_contact marks the guest do-not-contact."""
    authorize(db, actor, Operation.LOG_CARE_CONTACT)
    errors = check_text(note, "note", max_len=5000, multiline=True)
    if errors:
        raise ValidationFailed(errors)
    guest = find_by_member_no_or_id(db, actor, guest_key)
    today = today or date.today()
    kind: TaskKind | None = None
    due: date | None = None
    if task:
        try:
            kind, task_guest, due = parse_task_id(task)
        except ValueError as exc:
            raise ValidationFailed([FieldError("task", str(exc), "not_a_task")]) from None
        if task_guest != guest.id:
            raise ValidationFailed(
                [FieldError("task", f"task {task} is not for guest {guest.id}", "other_guest")]
            )
    else:
        mine = [i for i in plan(db, actor, today) if i.task.guest_id == guest.id]
        if mine:
            first = min(mine, key=lambda i: i.task.due)
            task, kind, due = first.id, first.task.kind, first.task.due
    with db.write() as session:
        row = ContactRow(
            guest_id=guest.id,
            staff_id=actor.id,
            channel=channel.value,
            outcome=outcome.value,
            note=note.strip(),
            task_id=task,
            task_kind=kind.value if kind else None,
            task_due=due,
        )
        session.add(row)
        if outcome is Outcome.DO_NOT_CONTACT:
            _care_row(session, guest.id, actor).do_not_contact = True
        session.flush()
        audit(session, actor, "contact", "guest", guest.id, task=task, outcome=outcome.value)
        return Contact(
            row.id,
            guest.id,
            row.at,
            channel,
            outcome,
            row.note,
            actor.display_name,
            task,
        )


def _care_row(session, guest_id: int, actor: Staff) -> CareGuestRow:  # type: ignore[no-untyped-def]
    row = session.get(CareGuestRow, guest_id)
    if row is None:
        row = CareGuestRow(guest_id=guest_id, do_not_contact=False)
        session.add(row)
    row.updated_at, row.updated_by = utcnow(), actor.id
    return row


def skip_task(db: Database, actor: Staff, task: str, reason: str) -> None:
    """Skip a task with a reason (duty managers and admins); it leaves the list."""
    try:
        kind, guest_id, due = parse_task_id(task)
    except ValueError as exc:
        raise ValidationFailed([FieldError("task", str(exc), "not_a_task")]) from None
    errors = check_text(reason, "reason", max_len=2000, required=True, multiline=True)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        require(session, actor, Operation.CARE_PLAN)
        if repo.load_guests(session, [guest_id]) == {}:
            raise NotFound(f"no guest has id {guest_id}")
        if session.get(TaskSkipRow, task.strip()) is None:
            session.add(
                TaskSkipRow(
                    task_id=task.strip(),
                    guest_id=guest_id,
                    task_kind=kind.value,
                    task_due=due,
                    reason=reason.strip(),
                    staff_id=actor.id,
                )
            )
        # The reason is free text (it is kept with the skip): the trail names the field only.
        audit(session, actor, "skip", "care_task", guest_id, task=task, fields=["reason"])


def contacts(db: Database, actor: Staff, guest_id: int, limit: int = 100) -> list[Contact]:
    """The guest's contact history, newest first."""
    with db.read() as session:
        require(session, actor, Operation.VIEW_GUEST)
        rows = session.execute(
            select(ContactRow, StaffRow.display_name)
            .outerjoin(StaffRow, StaffRow.id == ContactRow.staff_id)
            .where(ContactRow.guest_id == guest_id)
            .order_by(ContactRow.at.desc(), ContactRow.id.desc())
            .limit(limit)
        ).all()
        return [
            Contact(
                r.id,
                r.guest_id,
                r.at,
                Channel(r.channel),
                Outcome(r.outcome),
                r.note,
                name or "",
                r.task_id,
            )
            for r, name in rows
        ]


@dataclass(frozen=True)
class GuestCare:
    """What the profile shows of the care plan for one guest."""

    stage: Stage | None
    do_not_contact: bool
    dedicated_to: int | None
    contacts: list[Contact]

    @property
    def second_stay_alert(self) -> bool:
        """C: "2nd stay: greet as a returning guest, recall their preferences"."""
        return self.stage is Stage.C


def guest_care(db: Database, actor: Staff, guest_id: int, today: date | None = None) -> GuestCare:
    today = today or date.today()
    with db.read() as session:
        require(session, actor, Operation.VIEW_GUEST)
        stays = repo.load_stays(session, [guest_id]).get(guest_id, [])
        row = session.get(CareGuestRow, guest_id)
        dnc, dedicated = (row.do_not_contact, row.dedicated_to) if row else (False, None)
    return GuestCare(ad_stage(stays, today), dnc, dedicated, contacts(db, actor, guest_id))


def set_do_not_contact(db: Database, actor: Staff, guest_id: int, value: bool) -> None:
    with db.write() as session:
        require(session, actor, Operation.LOG_CARE_CONTACT)
        _care_row(session, guest_id, actor).do_not_contact = value
        audit(session, actor, "do_not_contact", "guest", guest_id, value=value)


def set_dedicated(db: Database, actor: Staff, guest_id: int, staff_id: int | None) -> None:
    """The guest's dedicated person (专人负责); duty managers and admins only."""
    with db.write() as session:
        require(session, actor, Operation.CARE_PLAN)
        if staff_id is not None and session.get(StaffRow, staff_id) is None:
            raise NotFound(f"no staff member has id {staff_id}")
        _care_row(session, guest_id, actor).dedicated_to = staff_id
        audit(session, actor, "dedicated", "guest", guest_id, staff=staff_id)


@dataclass(frozen=True)
class Consent:
    channel: Channel
    given_on: date | None
    how: str


def consents(db: Database, actor: Staff, guest_id: int) -> list[Consent]:
    with db.read() as session:
        require(session, actor, Operation.VIEW_GUEST)
        rows = session.scalars(select(ConsentRow).where(ConsentRow.guest_id == guest_id))
        return [Consent(Channel(r.channel), r.given_on, r.how) for r in rows]


def set_consent(
    db: Database,
    actor: Staff,
    guest_id: int,
    channel: Channel,
    given: bool,
    *,
    on: date | None = None,
    how: str = "",
) -> None:
    """Record (or withdraw) a guest's marketing consent for one channel."""
    if channel not in CONSENT_CHANNELS:
        raise ValidationFailed([FieldError("channel", f"{channel} takes no consent")])
    errors = check_text(how, "how", max_len=200)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        require(session, actor, Operation.EDIT_GUEST)
        session.execute(
            delete(ConsentRow).where(
                ConsentRow.guest_id == guest_id, ConsentRow.channel == channel.value
            )
        )
        if given:
            session.add(
                ConsentRow(
                    guest_id=guest_id,
                    channel=channel.value,
                    given_on=on or date.today(),
                    how=how.strip(),
                )
            )
        audit(session, actor, "consent", "guest", guest_id, channel=channel.value, given=given)


@dataclass(frozen=True)
class CareDetails:
    """What the guest dialog's care section edits."""

    dedicated_to: int | None
    do_not_contact: bool
    consents: dict[Channel, Consent]


def care_details(db: Database, actor: Staff, guest_id: int) -> CareDetails:
    with db.read() as session:
        require(session, actor, Operation.VIEW_GUEST)
        row = session.get(CareGuestRow, guest_id)
        given = session.scalars(select(ConsentRow).where(ConsentRow.guest_id == guest_id))
        consents = {
            Channel(r.channel): Consent(Channel(r.channel), r.given_on, r.how) for r in given
        }
    return CareDetails(
        row.dedicated_to if row else None, bool(row.do_not_contact) if row else False, consents
    )


def save_care_details(
    db: Database,
    actor: Staff,
    guest_id: int,
    *,
    dedicated_to: int | None,
    do_not_contact: bool,
    consent: dict[Channel, bool],
    how: str = "",
) -> None:
    """Save the care section in one transaction. Changing the dedicated person needs a duty
    manager (anyone may record consent or do-not-contact, as the guest asks at the desk)."""
    errors = check_text(how, "how", max_len=200)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        require(session, actor, Operation.EDIT_GUEST)
        if session.get(GuestRow, guest_id) is None:
            raise NotFound(f"there is no guest with id {guest_id}")
        row = session.get(CareGuestRow, guest_id)
        if (row.dedicated_to if row else None) != dedicated_to:
            require(session, actor, Operation.CARE_PLAN)
            if dedicated_to is not None and session.get(StaffRow, dedicated_to) is None:
                raise NotFound(f"no staff member has id {dedicated_to}")
        row = _care_row(session, guest_id, actor)
        row.dedicated_to, row.do_not_contact = dedicated_to, do_not_contact
        stored = set(
            session.scalars(select(ConsentRow.channel).where(ConsentRow.guest_id == guest_id))
        )
        for channel, given in consent.items():
            if given and channel.value not in stored:
                session.add(
                    ConsentRow(
                        guest_id=guest_id, channel=channel.value, given_on=date.today(), how=how
                    )
                )
            elif not given and channel.value in stored:
                session.execute(
                    delete(ConsentRow).where(
                        ConsentRow.guest_id == guest_id, ConsentRow.channel == channel.value
                    )
                )
        audit(
            session,
            actor,
            "care_details",
            "guest",
            guest_id,
            dedicated_to=dedicated_to,
            do_not_contact=do_not_contact,
            consent={c.value: g for c, g in consent.items()},
        )
