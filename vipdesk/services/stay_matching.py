"""Which guest a PMS reservation is: the one rule, used by the stay import.

1. The member number, when a guest has it.
2. Else the name (folded as search folds it: `MULLER-LUDENSCHEIDT, JOSE` is José
   Müller-Lüdenscheidt) together with a phone number or e-mail that guest has.
   One guest must fit; two namesakes sharing the phone or e-mail match neither.
A name alone never links, and a guest with another member number is another person.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from vipdesk.domain.stay_rows import Reservation, same_name
from vipdesk.store import stay_repo as repo


def match_reservations(session: Session, reservations: Sequence[Reservation]) -> dict[str, int]:
    """Guest id by confirmation number, for the reservations that match one guest."""
    if not reservations:
        return {}
    by_member = repo.guests_by_member_no(
        session, [r.member_no for r in reservations if r.member_no]
    )
    by_phone = repo.guests_by_phone(session, [r.phone_e164 for r in reservations if r.phone_e164])
    by_email = repo.guests_by_email(session, [r.email for r in reservations if r.email])
    candidate_ids = {g for ids in by_phone.values() for g in ids}
    candidate_ids |= {g for ids in by_email.values() for g in ids}
    names = repo.guest_names(session, candidate_ids)
    out: dict[str, int] = {}
    for r in reservations:
        found = by_member.get(r.member_no) if r.member_no else None
        if found is None:
            ids = set(by_phone.get(r.phone_e164 or "", ())) | set(
                by_email.get(r.email.casefold(), ()) if r.email else ()
            )
            fits = [
                g
                for g in sorted(ids)
                if g in names
                and same_name(names[g].names, r.name)
                and (not r.member_no or names[g].member_no in (None, r.member_no))
            ]
            found = fits[0] if len(fits) == 1 else None
        if found is not None:
            out[r.confirmation_no] = found
    return out
