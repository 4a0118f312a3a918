"""Reading and writing PMS stays (reservations) with set-based SQL.

Hand-typed stays are written with their guest (guest_repo); this module holds the PMS
side: stays keyed by confirmation number, possibly without a guest yet (unmatched).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from vipdesk.domain.stay_rows import Reservation
from vipdesk.domain.stays import Stay
from vipdesk.domain.tiers import Tier
from vipdesk.store.engines import raw_driver
from vipdesk.store.guest_repo import stay_from_row
from vipdesk.store.models import utcnow

_CHUNK = 500

# The columns an import writes, in this order (guest_id and updated_at apart).
RESERVATION_COLUMNS = (
    "confirmation_no",
    "arrival",
    "departure",
    "room",
    "status",
    "room_type",
    "adults",
    "children",
    "eta",
    "company",
    "pms_vip",
    "requests",
    "comments",
    "resv_name",
    "resv_member_no",
    "resv_phone",
    "resv_email",
)


def reservation_values(r: Reservation) -> tuple[Any, ...]:
    """A reservation as the stays columns hold it (RESERVATION_COLUMNS order)."""
    s = r.stay
    return (
        s.confirmation_no,
        s.arrival.isoformat(),
        s.departure.isoformat(),
        s.room,
        s.status.value if s.status else None,
        s.room_type,
        s.adults,
        s.children,
        s.eta,
        s.company,
        s.pms_vip,
        s.requests,
        s.comments,
        r.name,
        r.member_no,
        r.phone,
        r.email,
    )


@dataclass(frozen=True)
class StoredReservation:
    id: int
    guest_id: int | None
    values: tuple[Any, ...]
    """RESERVATION_COLUMNS of the stored row."""


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _raw(session: Session) -> Any:
    return raw_driver(session.connection())


def stored_by_confirmation(
    session: Session, numbers: Iterable[str]
) -> dict[str, StoredReservation]:
    raw = _raw(session)
    out: dict[str, StoredReservation] = {}
    for chunk in _chunks(sorted(set(numbers))):
        marks = ", ".join("?" for _ in chunk)
        for row in raw.execute(
            f"SELECT id, guest_id, {', '.join(RESERVATION_COLUMNS)} FROM stays "
            f"WHERE confirmation_no IN ({marks})",
            tuple(chunk),
        ):
            out[row[2]] = StoredReservation(row[0], row[1], tuple(row[2:]))
    return out


def insert_reservations(
    session: Session, rows: Sequence[tuple[int | None, tuple[Any, ...]]]
) -> None:
    """New PMS stays: (guest id or None, reservation_values)."""
    if not rows:
        return
    now = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")
    columns = ("guest_id", "source", "notes", "updated_at", *RESERVATION_COLUMNS)
    sql = f"INSERT INTO stays ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    _raw(session).executemany(sql, [(g, "pms", "", now, *values) for g, values in rows])


def update_reservations(
    session: Session, rows: Sequence[tuple[int, int | None, tuple[Any, ...]]]
) -> None:
    """Changed PMS stays: (stay id, guest id or None, reservation_values)."""
    if not rows:
        return
    now = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")
    sets = ", ".join(f"{c} = ?" for c in ("guest_id", "updated_at", *RESERVATION_COLUMNS))
    _raw(session).executemany(
        f"UPDATE stays SET {sets} WHERE id = ?",
        [(g, now, *values, stay_id) for stay_id, g, values in rows],
    )


def guests_by_member_no(session: Session, member_nos: Iterable[str]) -> dict[str, int]:
    raw = _raw(session)
    out: dict[str, int] = {}
    for chunk in _chunks(sorted(set(member_nos))):
        marks = ", ".join("?" for _ in chunk)
        out.update(
            raw.execute(
                f"SELECT member_no, id FROM guests WHERE member_no IN ({marks})", tuple(chunk)
            ).fetchall()
        )
    return out


def guests_by_phone(session: Session, e164s: Iterable[str]) -> dict[str, set[int]]:
    raw = _raw(session)
    out: dict[str, set[int]] = defaultdict(set)
    for chunk in _chunks(sorted(set(e164s))):
        marks = ", ".join("?" for _ in chunk)
        for e164, guest_id in raw.execute(
            f"SELECT e164, guest_id FROM guest_phones WHERE e164 IN ({marks})", tuple(chunk)
        ):
            out[e164].add(guest_id)
    return out


def guests_by_email(session: Session, emails: Iterable[str]) -> dict[str, set[int]]:
    """Guests by e-mail, keyed case-folded (looked up as written and in lower case)."""
    raw = _raw(session)
    wanted = {e for email in emails for e in (email, email.lower())}
    out: dict[str, set[int]] = defaultdict(set)
    for chunk in _chunks(sorted(wanted)):
        marks = ", ".join("?" for _ in chunk)
        for email, guest_id in raw.execute(
            f"SELECT email, id FROM guests WHERE email IN ({marks})", tuple(chunk)
        ):
            out[email.casefold()].add(guest_id)
    return out


@dataclass(frozen=True)
class GuestNames:
    member_no: str | None
    names: tuple[str, ...]
    """Name, native name and latin name (the non-empty ones)."""


def guest_names(session: Session, ids: Iterable[int]) -> dict[int, GuestNames]:
    raw = _raw(session)
    out: dict[int, GuestNames] = {}
    for chunk in _chunks(sorted(set(ids))):
        marks = ", ".join("?" for _ in chunk)
        for guest_id, member_no, name, native, latin in raw.execute(
            f"SELECT id, member_no, name, native_name, latin_name FROM guests WHERE id IN ({marks})",
            tuple(chunk),
        ):
            out[guest_id] = GuestNames(member_no, tuple(n for n in (name, native, latin) if n))
    return out


@dataclass(frozen=True)
class PmsStay:
    """A PMS stay as stored: the stay, the reservation's details and its guest (if any)."""

    id: int
    guest_id: int | None
    stay: Stay
    name: str
    member_no: str
    phone: str
    email: str


_PMS_SELECT = "SELECT * FROM stays WHERE source = 'pms'"


def _pms_stay(m: Any) -> PmsStay:
    return PmsStay(
        m["id"],
        m["guest_id"],
        stay_from_row(m),
        m["resv_name"] or "",
        m["resv_member_no"] or "",
        m["resv_phone"] or "",
        m["resv_email"] or "",
    )


def _rows(session: Session, sql: str, params: tuple[Any, ...] = ()) -> list[PmsStay]:
    raw = _raw(session)
    cursor = raw.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [_pms_stay(dict(zip(names, row, strict=True))) for row in cursor]


def unmatched(session: Session, limit: int | None = None) -> list[PmsStay]:
    """PMS stays without a guest, soonest arrival first."""
    sql = f"{_PMS_SELECT} AND guest_id IS NULL ORDER BY arrival, confirmation_no"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return _rows(session, sql)


def by_confirmation(session: Session, number: str) -> PmsStay | None:
    found = _rows(session, f"{_PMS_SELECT} AND confirmation_no = ?", (number,))
    return found[0] if found else None


def arriving(session: Session, day: date) -> list[PmsStay]:
    """Every PMS stay whose arrival day is `day` (any status; the caller filters)."""
    return _rows(session, f"{_PMS_SELECT} AND arrival = ? ORDER BY eta, id", (day.isoformat(),))


def stays_between(session: Session, first: date, last: date) -> list[PmsStay]:
    """Every stay (PMS or typed by hand) arriving from `first` to `last`, both included."""
    return _rows(
        session,
        "SELECT * FROM stays WHERE arrival BETWEEN ? AND ? ORDER BY arrival, id",
        (first.isoformat(), last.isoformat()),
    )


def guest_lines(session: Session, ids: Iterable[int]) -> dict[int, tuple[str, str, Tier]]:
    """Name, honorific and tier of these guests."""
    raw = _raw(session)
    out: dict[int, tuple[str, str, Tier]] = {}
    for chunk in _chunks(sorted(set(ids))):
        marks = ", ".join("?" for _ in chunk)
        for guest_id, name, honorific, tier in raw.execute(
            f"SELECT id, name, honorific, tier FROM guests WHERE id IN ({marks})", tuple(chunk)
        ):
            out[guest_id] = (name, honorific, Tier(tier))
    return out


def set_guest(session: Session, stay_id: int, guest_id: int | None) -> None:
    now = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")
    _raw(session).execute(
        "UPDATE stays SET guest_id = ?, updated_at = ? WHERE id = ?", (guest_id, now, stay_id)
    )
