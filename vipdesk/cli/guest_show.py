"""`vipdesk guest show GUEST [--json]`: one profile, as the panel shows it (all roles; audited
as `view_guest`)."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from vipdesk.cli.common import EXIT_OK, acting_staff
from vipdesk.domain.guest import Severity
from vipdesk.domain.pronunciation import addressed
from vipdesk.domain.service_standard import LEVELS
from vipdesk.services.database import Database
from vipdesk.services.profile import GuestProfile


def add_guest_show_parser(what: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """`guest show` (under the `guest` command)."""
    show = what.add_parser(
        "show", help="a guest's profile as the counter screen shows it (all roles; audited)"
    )
    show.add_argument("guest", metavar="MEMBER_NO_OR_ID")
    show.add_argument("--json", action="store_true", help="print the profile as JSON")
    show.set_defaults(run=show_command)


def show_command(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.guests import find_by_member_no_or_id
    from vipdesk.services.profile import view_profile

    actor = acting_staff(db, args)
    guest = find_by_member_no_or_id(db, actor, args.guest.strip())
    profile = view_profile(db, actor, guest.id)
    if args.json:
        print(json.dumps(asdict(profile), ensure_ascii=False, default=str))
    else:
        print("\n".join(profile_lines(profile)))
    return EXIT_OK


def profile_lines(p: GuestProfile) -> list[str]:
    """The panel's sections, top to bottom, as plain text."""
    g = p.guest
    lines = [f"{addressed(g.name, g.honorific)}  [{g.tier.value}]  (id {g.id})"]
    if p.pronunciation:
        lines.append(p.pronunciation)
    facts = [f"member {g.member_no}"] if g.member_no else []
    facts += [g.company] if g.company else []
    facts += [f"phone {g.phones[0].original}"] if g.phones else []
    if p.in_house:
        facts.append(f"in house: room {p.in_house.room} until {p.in_house.departure}")
    if p.stays_count:
        facts.append(f"{p.stays_count} stay(s)")
        if p.last_stay is not None and not p.in_house:
            facts.append(f"last {p.last_stay.arrival}, room {p.last_stay.room or '-'}")
    else:
        facts.append("first stay")
    lines.append(" · ".join(facts))
    if p.next_booking is not None:
        lines.append(f"arriving {p.next_booking.arrival}, room {p.next_booking.room or '-'}")
    if p.open_complaints:
        lines.append(f"! {p.open_complaints} unresolved complaint(s): handle with care")
    if p.caution is not None:
        if p.caution.restricted or p.caution.category is None:
            lines.append("CAUTION: ask the duty manager")
        else:
            lines.append(f"CAUTION ({p.caution.category.value}): {p.caution.reason}")
    if p.confidential_alias:
        lines.append(
            "CONFIDENTIAL: use only this name, confirm nothing"
            if p.confidential_alias == g.name
            else f"CONFIDENTIAL: the desk sees this guest as {p.confidential_alias!r}"
        )
    if p.id_documents:
        lines.append(
            "ID: " + "; ".join(f"{d.type.value} {d.country} {d.masked}" for d in p.id_documents)
        )
    if p.taboos:
        lines.append("MUST NEVER HAPPEN:")
        for t in p.taboos:
            mark = "!!" if t.severity == Severity.DANGER else "! "
            lines.append(f"  {mark} {t.kind.value} ({t.severity.value}): {t.text}")
    for u in p.upcoming:
        when = "today" if u.days_until == 0 else f"in {u.days_until} day(s)"
        label = f" {u.label}" if u.label else ""
        lines.append(f"{u.kind.value} {when} · {u.date.month:02d}-{u.date.day:02d}{label}")
    owed = [level.label_en for level in LEVELS if level in p.service_levels]
    lines.append(f"service standard: {', '.join(owed) or '-'}")
    if p.preferences:
        lines.append("likes:")
        lines += [f"  {cat.value}: {'; '.join(items)}" for cat, items in p.preferences.items()]
    if g.notes:
        lines.append("notes:")
        lines += [f"  {line}" for line in g.notes.splitlines()]
    if p.complaints:
        lines.append("complaints:")
        lines += [
            f"  {c.occurred_at:%Y-%m-%d} · {c.category_label or c.category} · {c.status}"
            + (" · OVERDUE" if c.overdue else "")
            for c in p.complaints
        ]
    if p.care_stage is not None or p.contacts:
        stage = p.care_stage.value if p.care_stage is not None else "-"
        lines.append(f"care (AD stage): {stage}")
        lines += [
            f"  {c.at:%Y-%m-%d %H:%M} UTC · {c.channel.value} · {c.outcome.value}"
            + (f" · {c.note}" if c.note else "")
            for c in p.contacts
        ]
    stays = sorted(g.stays, key=lambda s: s.arrival, reverse=True)[:8]
    if stays:
        lines.append("stays:")
        lines += [
            f"  {s.arrival} → {s.departure}  room {s.room or '-'}"
            + (f"  {s.notes}" if s.notes else "")
            for s in stays
        ]
    return lines
