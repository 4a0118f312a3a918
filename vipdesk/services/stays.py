"""Stays from the PMS at the desk: unmatched reservations, linking them, today's arrivals.

The desk sees each unmatched stay with the likely guests search finds for its name, and
links it to one or creates the guest from it. Nothing is merged or linked silently.
`arrivals` is the base of the Today board, the arrivals CLI and the arrivals brief.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from datetime import date

from vipdesk.domain.confidential import masked_record, masked_stay
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.phones import normalise_phone
from vipdesk.domain.staff import Operation, Staff
from vipdesk.domain.stays import Stay, arrives, is_arriving, stay_number
from vipdesk.domain.tiers import Tier
from vipdesk.services.audit import audit
from vipdesk.services.confidential import aliases, sees_real_names
from vipdesk.services.errors import Conflict, NotFound
from vipdesk.services.guests import create_guest, find_by_member_no_or_id
from vipdesk.services.search import SearchHit, search
from vipdesk.services.staff import authorize
from vipdesk.store import guest_repo, search_index
from vipdesk.store import stay_repo as repo
from vipdesk.store.db import Database


@dataclass(frozen=True)
class ReservationView:
    """A PMS stay with the reservation's own guest details (what the PMS said)."""

    confirmation_no: str
    stay: Stay
    name: str
    member_no: str
    phone: str
    email: str
    guest_id: int | None


def masked_reservation(view: ReservationView, alias: str) -> ReservationView:
    """A confidential guest's reservation for staff without the right: alias, no contacts."""
    return replace(view, name=alias, member_no="", phone="", email="", stay=masked_stay(view.stay))


@dataclass(frozen=True)
class UnmatchedStay:
    reservation: ReservationView
    candidates: tuple[SearchHit, ...]
    """Likely guests from search (by the reservation's name), best first. Not linked."""


def _view(p: repo.PmsStay) -> ReservationView:
    return ReservationView(
        p.stay.confirmation_no or "", p.stay, p.name, p.member_no, p.phone, p.email, p.guest_id
    )


def unmatched_stays(
    db: Database, actor: Staff, *, limit: int = 500, candidates: int = 5
) -> list[UnmatchedStay]:
    """PMS stays without a guest, soonest arrival first, each with likely candidates."""
    authorize(db, actor, Operation.IMPORT)
    with db.read() as session:
        found = repo.unmatched(session, limit)
    out = []
    for p in found:
        query = p.member_no or p.name
        hits = search(db, actor, query, limit=candidates) if query else []
        if p.member_no and not hits:
            hits = search(db, actor, p.name, limit=candidates)
        out.append(UnmatchedStay(_view(p), tuple(hits)))
    return out


def get_reservation(db: Database, actor: Staff, confirmation_no: str) -> ReservationView:
    authorize(db, actor, Operation.IMPORT)
    with db.read() as session:
        found = repo.by_confirmation(session, confirmation_no.strip())
    if found is None:
        raise NotFound(f"no stay has confirmation number {confirmation_no!r}")
    return _view(found)


def link_stay(db: Database, actor: Staff, confirmation_no: str, guest_key: str) -> ReservationView:
    """Link an unmatched stay to a guest (member no. or id). A linked stay is refused:
    the desk unlinks nothing by accident."""
    authorize(db, actor, Operation.IMPORT)
    guest = find_by_member_no_or_id(db, actor, guest_key)
    number = confirmation_no.strip()
    with db.write() as session:
        found = repo.by_confirmation(session, number)
        if found is None:
            raise NotFound(f"no stay has confirmation number {confirmation_no!r}")
        if found.guest_id is not None and found.guest_id != guest.id:
            raise Conflict(
                f"stay {number} already belongs to guest {found.guest_id}; it is not moved",
                code="stay_linked",
                guest_id=found.guest_id,
            )
        repo.set_guest(session, found.id, guest.id)
        search_index.refresh_rowids(session.connection(), [guest.id])
        audit(session, actor, "edit_stay", "stay", found.id, guest=guest.id)
        linked = repo.by_confirmation(session, number)
    assert linked is not None
    return _view(linked)


def create_guest_from_stay(db: Database, actor: Staff, confirmation_no: str) -> int:
    """Create a guest from an unmatched stay's reservation details and link the stay.

    Returns the new guest's id. A member number another guest has is refused (link the
    stay to that guest instead); a phone that is not one is left out.
    """
    authorize(db, actor, Operation.IMPORT)
    view = get_reservation(db, actor, confirmation_no)
    if view.guest_id is not None:
        raise Conflict(
            f"stay {view.confirmation_no} already belongs to guest {view.guest_id}",
            code="stay_linked",
            guest_id=view.guest_id,
        )
    phones = []
    if view.phone:
        with contextlib.suppress(ValueError):
            phones.append(normalise_phone(view.phone))
    draft = GuestDraft(
        name=view.name,
        member_no=view.member_no or None,
        phones=phones,
        email=view.email,
        company=view.stay.company,
    )
    guest = create_guest(db, actor, draft)  # refuses a member number in use
    link_stay(db, actor, view.confirmation_no, str(guest.id))
    return guest.id


@dataclass(frozen=True)
class Arrival:
    """One stay arriving on a day: the reservation, and its guest when matched."""

    reservation: ReservationView
    guest_id: int | None
    member_no: str | None
    name: str
    """The guest's name when matched, else the reservation's."""
    tier: Tier | None
    stay_number: int | None
    """1 for a first stay, 2 for "2nd stay" (None when unmatched)."""

    @property
    def matched(self) -> bool:
        return self.guest_id is not None


def arrivals(db: Database, actor: Staff, day: date) -> list[Arrival]:
    """PMS stays arriving on `day` that are reserved or already checked in (status None
    counts too), highest tier first, then ETA (no ETA last), then name.

    A booking of a guest already in house that day is left out (domain.stays.arrives):
    today.day_board shows it on their in-house line.
    """
    authorize(db, actor, Operation.VIEW_GUEST)
    with db.read() as session:
        found = [p for p in repo.arriving(session, day) if is_arriving(p.stay, day)]
        guests = guest_repo.load_guests(session, {p.guest_id for p in found if p.guest_id})
        hidden = {} if sees_real_names(session, actor) else aliases(session, guests)
    out = []
    for p in found:
        g = guests.get(p.guest_id) if p.guest_id else None
        if g is not None and not arrives(p.stay, g.stays, day):
            continue
        view = _view(p)
        number = None
        if g is not None:
            mine = next((s for s in g.stays if s.confirmation_no == p.stay.confirmation_no), p.stay)
            number = stay_number(g.stays, mine)
            if g.id in hidden:  # the alias only, and nothing the PMS says about them
                g = masked_record(g, hidden[g.id])
                view = masked_reservation(view, hidden[g.id])
        out.append(
            Arrival(
                view,
                g.id if g else None,
                g.member_no if g else None,
                g.name if g else p.name,  # erased: empty (the edge says "Anonymised guest")
                g.tier if g else None,
                number,
            )
        )
    out.sort(
        key=lambda a: (
            -(a.tier.rank if a.tier else -1),
            a.reservation.stay.eta or "99:99",
            a.name,
        )
    )
    return out
