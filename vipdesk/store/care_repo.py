"""The care plan's reads and writes, set-based: one query per fact, whatever the guest count.

The stay rules are the domain's (vipdesk.domain.stays); COMPLETED and BOOKED state
is_completed and "current or future booking" in SQL, and tests/unit/test_care_service.py
keeps them in step.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection

from vipdesk.domain.tiers import Tier
from vipdesk.store import driver
from vipdesk.store.engines import PgRaw, raw_driver

_TIERS = {t.value: t for t in Tier}


def _raw(conn: Connection | driver.Connection) -> Any:
    return raw_driver(conn)


def completed_sql(alias: str = "s") -> str:
    """domain.stays.is_completed on `?` (bind the day once)."""
    a = alias
    return (
        f"coalesce({a}.status, '') NOT IN ('cancelled', 'no_show') AND ({a}.departure < :day"
        f" OR ({a}.status = 'checked_out' AND {a}.departure <= :day))"
    )


def booked_sql(alias: str = "s") -> str:
    """domain.stays.is_current or is_future_booking on :day."""
    a = alias
    return (
        f"((coalesce({a}.status, 'checked_in') = 'checked_in' AND {a}.arrival <= :day"
        f" AND {a}.departure >= :day) OR ({a}.status = 'reserved' AND {a}.arrival >= :day)"
        f" OR ({a}.status IS NULL AND {a}.arrival > :day))"
    )


@dataclass(slots=True)
class PlanGuest:
    """A guest of the plan's tiers with what the plan needs, in one row (a value; not
    frozen, as 100,000s are made at once)."""

    id: int
    tier: Tier
    member_no: str | None
    name: str
    honorific: str
    language: str
    nationality: str
    email: str
    phone: str
    """The first phone as typed ("" without one)."""
    e164: str
    last_departure: date | None
    """The last completed stay's departure on the day (None: never completed a stay)."""
    booked: bool
    """A stay under way or booked on the day."""
    dedicated_to: int | None


def plan_guests(conn: Connection, tiers: Sequence[Tier], day: date) -> list[PlanGuest]:
    """Guests of `tiers` with a completed stay by `day`, not marked do-not-contact."""
    if not tiers:
        return []
    marks = ", ".join(f"'{t.value}'" for t in tiers)  # enum values: letters only
    # No outer "WHERE last_dep IS NOT NULL": SQLite would copy the subquery into it and
    # run it twice per guest. Guests without a completed stay are dropped below. One pass
    # over a guest's stays gives both the last completed departure and "booked".
    raw = _raw(conn)
    if isinstance(raw, PgRaw):  # typed dates and booleans; chr, bool_or, to_char there
        last_dep = f"to_char(max(CASE WHEN {completed_sql()} THEN s.departure END), 'YYYY-MM-DD')"
        booked = f"CASE WHEN bool_or({booked_sql()}) THEN '1' ELSE '0' END"
        tab, not_marked = "chr(9)", "NOT coalesce(c.do_not_contact, FALSE)"
    else:
        last_dep = f"max(CASE WHEN {completed_sql()} THEN s.departure END)"
        booked = f"max({booked_sql()})"
        tab, not_marked = "char(9)", "coalesce(c.do_not_contact, 0) = 0"
    sql = f"""
        SELECT g.id, g.tier, g.member_no, g.name, g.honorific, g.language, g.nationality,
               g.email,
               (SELECT {last_dep} || {tab} || {booked}
                  FROM stays s WHERE s.guest_id = g.id),
               c.dedicated_to,
               (SELECT p.original || {tab} || p.e164 FROM guest_phones p
                 WHERE p.guest_id = g.id ORDER BY p.position LIMIT 1)
        FROM guests g LEFT JOIN care_guests c ON c.guest_id = g.id
        WHERE g.tier IN ({marks}) AND {not_marked}
    """
    rows = raw.execute(sql, {"day": day.isoformat()}).fetchall()
    out: list[PlanGuest] = []
    add = out.append
    tier_of, from_iso = _TIERS, date.fromisoformat
    for (
        gid,
        tier,
        member_no,
        name,
        honorific,
        language,
        nationality,
        email,
        stays,
        to,
        phone,
    ) in rows:
        if stays is None:  # no stay at all (NULL || …): no completed one either
            continue
        last, _, booked = stays.partition("\t")
        if not last:  # no completed stay
            continue
        original, _, e164 = (phone or "").partition("\t")
        add(
            PlanGuest(
                gid,
                tier_of[tier],
                member_no,
                name,
                honorific,
                language,
                nationality,
                email,
                original,
                e164,
                from_iso(last),
                booked == "1",
                to,
            )
        )
    return out


def first_phones(raw: driver.Connection, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """Each guest's first phone (as typed, E.164), for many guests in one pass."""
    out: dict[int, tuple[str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for guest_id, original, e164 in raw.execute(
            f"SELECT guest_id, original, e164 FROM guest_phones WHERE guest_id IN ({marks}) "
            "ORDER BY guest_id, position DESC",
            tuple(chunk),
        ):
            out[guest_id] = (original, e164)
    return out


def guests_by_id(conn: Connection, ids: Iterable[int], day: date) -> dict[int, PlanGuest]:
    """The same facts as plan_guests for a few guests of any tier (do-not-contact included)."""
    wanted = sorted(set(ids))
    raw = _raw(conn)
    out: dict[int, PlanGuest] = {}
    phones = first_phones(raw, wanted)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        params: dict[str, Any] = {f"g{i}": v for i, v in enumerate(chunk)}
        params["day"] = day.isoformat()
        marks = ", ".join(f":g{i}" for i in range(len(chunk)))
        for r in raw.execute(
            f"""SELECT g.id, g.tier, g.member_no, g.name, g.honorific, g.language,
                       g.nationality, g.email,
                       (SELECT max(s.departure) FROM stays s
                         WHERE s.guest_id = g.id AND {completed_sql()}),
                       EXISTS (SELECT 1 FROM stays s WHERE s.guest_id = g.id AND {booked_sql()}),
                       c.dedicated_to
                FROM guests g LEFT JOIN care_guests c ON c.guest_id = g.id
                WHERE g.id IN ({marks})""",
            params,
        ):
            original, e164 = phones.get(r[0], ("", ""))
            out[r[0]] = PlanGuest(
                r[0],
                Tier(r[1]),
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                original,
                e164,
                date.fromisoformat(r[8]) if r[8] else None,
                bool(r[9]),
                r[10],
            )
    return out


def do_not_contact(conn: Connection) -> set[int]:
    return {
        r[0] for r in _raw(conn).execute("SELECT guest_id FROM care_guests WHERE do_not_contact")
    }


def ad_candidates(
    conn: Connection, departed: tuple[date, date], arriving: tuple[date, date]
) -> set[int]:
    """Guests with a stay departing or arriving in these day ranges (AD tasks may be due)."""
    raw = _raw(conn)
    out = {
        r[0]
        for r in raw.execute(
            "SELECT DISTINCT guest_id FROM stays WHERE guest_id IS NOT NULL "
            "AND departure BETWEEN ? AND ?",
            (departed[0].isoformat(), departed[1].isoformat()),
        )
    }
    out |= {
        r[0]
        for r in raw.execute(
            "SELECT DISTINCT guest_id FROM stays WHERE guest_id IS NOT NULL "
            "AND arrival BETWEEN ? AND ?",
            (arriving[0].isoformat(), arriving[1].isoformat()),
        )
    }
    return out


def recent_complaints(conn: Connection, since: datetime) -> list[tuple[Any, ...]]:
    """(id, guest_id, occurred_at, status, feedback_due, resolved_at, satisfaction)."""
    return list(
        _raw(conn).execute(
            "SELECT id, guest_id, occurred_at, status, feedback_due, resolved_at, satisfaction "
            "FROM complaints WHERE occurred_at >= ?",
            (since.strftime("%Y-%m-%d %H:%M:%S"),),
        )
    )


def special_dates(
    conn: Connection,
    solar: Iterable[tuple[int, int]],
    lunar: Iterable[tuple[int, int]],
    tiers: Sequence[Tier],
) -> list[tuple[int, str, int, int, int | None, str, bool, bool]]:
    """(guest_id, kind, month, day, year, label, lunar, leap): the solar dates on the
    `solar` (month, day) pairs and the lunar ones on the `lunar` pairs (leap or not), of
    guests of `tiers`. Each pair is one lookup in the (month, day) index."""
    marks = ", ".join(f"'{t.value}'" for t in tiers)
    conditions = [
        f"(d.month = {m} AND d.day = {dd} AND d.lunar = {flag})"  # TRUE/FALSE: both engines
        for flag, pairs in (("FALSE", solar), ("TRUE", lunar))
        for m, dd in sorted(set(pairs))
    ]
    rows = _raw(conn).execute(
        "SELECT d.guest_id, d.kind, d.month, d.day, d.year, d.label, d.lunar, d.leap "
        "FROM guest_special_dates d JOIN guests g ON g.id = d.guest_id "
        f"WHERE g.tier IN ({marks}) AND ({' OR '.join(conditions) or 'FALSE'})"
    )
    return [(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), bool(r[7])) for r in rows]


def done_task_ids(conn: Connection, since: date) -> set[str]:
    """Ids of tasks answered by a contact or skipped: those due since `since`, and every
    wake_up and win_back (they never expire)."""
    raw = _raw(conn)
    params = (since.isoformat(),)
    found = {
        r[0]
        for r in raw.execute(
            "SELECT task_id FROM care_contacts WHERE task_id IS NOT NULL AND (task_due >= ? "
            "OR task_kind IN ('wake_up', 'win_back'))",
            params,
        )
    }
    found |= {
        r[0]
        for r in raw.execute(
            "SELECT task_id FROM care_skips WHERE task_due >= ? "
            "OR task_kind IN ('wake_up', 'win_back')",
            params,
        )
    }
    return found


def last_contacts(conn: Connection, ids: Iterable[int] | None = None) -> dict[int, datetime]:
    """Each guest's last contact (UTC), for these guests or all who have one."""
    raw = _raw(conn)
    if ids is None:
        rows = raw.execute("SELECT guest_id, max(at) FROM care_contacts GROUP BY guest_id")
    else:
        wanted = sorted(set(ids))
        rows_list: list[tuple[int, str]] = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            rows_list += raw.execute(
                f"SELECT guest_id, max(at) FROM care_contacts WHERE guest_id IN ({marks}) "
                "GROUP BY guest_id",
                tuple(chunk),
            ).fetchall()
        rows = iter(rows_list)  # type: ignore[assignment]
    return {g: _dt(at) for g, at in rows}


def _dt(value: str | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def add_consents(conn: Connection, consents: Sequence[tuple[int, str]], how: str) -> None:
    """Record consent (guest id, channel) given today; consent already on file is kept."""
    if consents:
        today = date.today().isoformat()
        _raw(conn).executemany(
            "INSERT INTO guest_consents (guest_id, channel, given_on, how) "
            "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",  # both engines
            [(g, c, today, how) for g, c in consents],
        )
