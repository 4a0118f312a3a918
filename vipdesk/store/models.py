"""The database schema as SQLAlchemy 2 typed models.

Every change here needs an Alembic revision (see vipdesk/store/migrations); a test fails
when the models and the migrated schema disagree. The declarative base is in models_base.py,
the care tables in models_care.py; every model can be imported from here.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vipdesk.store.models_base import NAMING as NAMING
from vipdesk.store.models_base import Base as Base
from vipdesk.store.models_base import utcnow as utcnow

# The care tables live in models_care.py; importing them here registers them on Base.metadata
# (what Alembic and the schema check compare) and keeps `from vipdesk.store.models import X`.
from vipdesk.store.models_care import CareGuestRow as CareGuestRow
from vipdesk.store.models_care import ConsentRow as ConsentRow
from vipdesk.store.models_care import ContactRow as ContactRow
from vipdesk.store.models_care import TaskSkipRow as TaskSkipRow


class StaffRow(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32), default="receptionist")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Sign-in (0008). No hash: a record from before accounts, which cannot sign in.
    password_hash: Mapped[str | None] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(default=False, server_default="0")
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    failed_pins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    recovery_hash: Mapped[str | None] = mapped_column(String(200))


class GuestRow(Base):
    __tablename__ = "guests"
    __table_args__ = (
        CheckConstraint("tier IN ('P','IP','VIP','VVIP','VVVIP')", name="tier"),
        CheckConstraint("gender IS NULL OR gender IN ('female','male','other')", name="gender"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # NULLs never collide in a UNIQUE index, so "unique when present" holds.
    member_no: Mapped[str | None] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    native_name: Mapped[str] = mapped_column(String(200), default="")
    latin_name: Mapped[str] = mapped_column(String(200), default="")
    # The guest's own reading of their name (0010); empty: the computed one is shown.
    pronunciation: Mapped[str] = mapped_column(String(100), default="", server_default="")
    honorific: Mapped[str] = mapped_column(String(200), default="")
    gender: Mapped[str | None] = mapped_column(String(16))
    email: Mapped[str] = mapped_column(String(254), default="", index=True)
    company: Mapped[str] = mapped_column(String(200), default="")
    nationality: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(200), default="")
    tier: Mapped[str] = mapped_column(String(8), default="P", index=True)  # the care plan's tiers
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # Raised by one on every write: a save made against an older version is refused.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    phones: Mapped[list[PhoneRow]] = relationship(
        back_populates="guest", cascade="all, delete-orphan", order_by="PhoneRow.position"
    )
    preferences: Mapped[list[PreferenceRow]] = relationship(
        cascade="all, delete-orphan", order_by="PreferenceRow.position"
    )
    taboos: Mapped[list[TabooRow]] = relationship(
        cascade="all, delete-orphan", order_by="TabooRow.position"
    )
    special_dates: Mapped[list[SpecialDateRow]] = relationship(
        cascade="all, delete-orphan", order_by="SpecialDateRow.id"
    )
    stays: Mapped[list[StayRow]] = relationship(
        cascade="all, delete-orphan", order_by="StayRow.arrival"
    )
    photo: Mapped[PhotoRow | None] = relationship(cascade="all, delete-orphan")


class PhoneRow(Base):
    __tablename__ = "guest_phones"
    __table_args__ = (UniqueConstraint("guest_id", "e164"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    guest_id: Mapped[int] = mapped_column(ForeignKey("guests.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    original: Mapped[str] = mapped_column(String(64))
    e164: Mapped[str] = mapped_column(String(40), index=True)

    guest: Mapped[GuestRow] = relationship(back_populates="phones")


class PreferenceRow(Base):
    __tablename__ = "guest_preferences"
    __table_args__ = (
        CheckConstraint(
            "category IN ('room','food_drink','amenities','communication','other')",
            name="category",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    guest_id: Mapped[int] = mapped_column(ForeignKey("guests.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(32), default="other")
    text: Mapped[str] = mapped_column(String(500))


class TabooRow(Base):
    __tablename__ = "guest_taboos"
    __table_args__ = (
        CheckConstraint("kind IN ('taboo','allergy')", name="kind"),
        CheckConstraint("severity IN ('caution','serious','danger')", name="severity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    guest_id: Mapped[int] = mapped_column(ForeignKey("guests.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(16), default="taboo")
    severity: Mapped[str] = mapped_column(String(16), default="serious")
    text: Mapped[str] = mapped_column(String(500))


class SpecialDateRow(Base):
    __tablename__ = "guest_special_dates"
    __table_args__ = (
        CheckConstraint("kind IN ('birthday','anniversary','other')", name="kind"),
        CheckConstraint("month BETWEEN 1 AND 12", name="month"),
        CheckConstraint("day BETWEEN 1 AND 31", name="day"),
        Index("ix_guest_special_dates_month_day", "month", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    guest_id: Mapped[int] = mapped_column(ForeignKey("guests.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    month: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer)
    year: Mapped[int | None] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200), default="")
    # A lunar (农历) date: month and day of the lunar calendar, perhaps a leap month.
    lunar: Mapped[bool] = mapped_column(default=False, server_default="0")
    leap: Mapped[bool] = mapped_column(default=False, server_default="0")


class StayRow(Base):
    """A stay: typed by hand on a guest (source 'manual'), or a PMS reservation ('pms').

    A PMS stay keeps the reservation's own name, member no., phone and e-mail; it has no
    guest until it is matched or linked (guest_id NULL: "unmatched"). A hand-typed stay
    has no status (NULL: its dates tell, see vipdesk.domain.stays.effective_status).
    """

    __tablename__ = "stays"
    __table_args__ = (
        CheckConstraint("departure >= arrival", name="dates"),
        CheckConstraint(
            "status IS NULL OR status IN "
            "('reserved','checked_in','checked_out','cancelled','no_show')",
            name="status",
        ),
        CheckConstraint("source IN ('manual','pms')", name="source"),
        # Only a PMS reservation may wait for its guest; a hand-typed stay always has one.
        CheckConstraint(
            "source = 'pms' OR (guest_id IS NOT NULL AND confirmation_no IS NULL)",
            name="manual_has_guest",
        ),
        Index("ix_stays_room_departure", "room", "departure"),
        Index("ix_stays_arrival", "arrival"),
        Index("ix_stays_departure", "departure"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    guest_id: Mapped[int | None] = mapped_column(
        ForeignKey("guests.id", ondelete="CASCADE"), index=True
    )
    arrival: Mapped[date] = mapped_column(Date)
    departure: Mapped[date] = mapped_column(Date)
    room: Mapped[str] = mapped_column(String(32), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # NULLs never collide in a UNIQUE index: hand-typed stays have no number.
    confirmation_no: Mapped[str | None] = mapped_column(String(64), unique=True)
    status: Mapped[str | None] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(8), default="manual", server_default="manual")
    room_type: Mapped[str] = mapped_column(String(32), default="", server_default="")
    adults: Mapped[int | None] = mapped_column(Integer)
    children: Mapped[int | None] = mapped_column(Integer)
    eta: Mapped[str] = mapped_column(String(8), default="", server_default="")
    company: Mapped[str] = mapped_column(String(200), default="", server_default="")
    pms_vip: Mapped[str] = mapped_column(String(32), default="", server_default="")
    requests: Mapped[str] = mapped_column(Text, default="", server_default="")
    comments: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The reservation's own guest details (what the PMS said), used to match it.
    resv_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    resv_member_no: Mapped[str] = mapped_column(String(64), default="", server_default="")
    resv_phone: Mapped[str] = mapped_column(String(64), default="", server_default="")
    resv_email: Mapped[str] = mapped_column(String(254), default="", server_default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)


class PhotoRow(Base):
    __tablename__ = "guest_photos"

    guest_id: Mapped[int] = mapped_column(
        ForeignKey("guests.id", ondelete="CASCADE"), primary_key=True
    )
    mime: Mapped[str] = mapped_column(String(32))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class AuditRow(Base):
    """Append-only record of who did what, by id only (never names or values).

    From 0008 each entry carries an HMAC over the previous entry's MAC and its own content
    (services/audit.py); entries written before that have no MAC and precede the chain.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, default="")
    workstation: Mapped[str] = mapped_column(String(128), default="", server_default="")
    mac: Mapped[str | None] = mapped_column(String(64))


class SearchMapRow(Base):
    """Which row of the guest_search FTS5 table holds a guest's search tokens.

    The FTS rowid encodes tier, recency and id (see vipdesk.store.search_index), so it
    changes when those do; this table says which one to replace.
    """

    __tablename__ = "search_rowids"

    guest_id: Mapped[int] = mapped_column(
        ForeignKey("guests.id", ondelete="CASCADE"), primary_key=True
    )
    fts_rowid: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), unique=True
    )  # 64 bits: tier << 48 | recency << 32 | guest id


class MetaRow(Base):
    """Small facts about the database itself (e.g. the search index version)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(Text, primary_key=True)  # resume keys hold a path
    value: Mapped[str] = mapped_column(Text, default="")
    # Settings are edited by people: who changed one last, when, and how often (see GuestRow).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class IdDocumentRow(Base):
    """An identity document: its keyed hashes and last four characters, never the number."""

    __tablename__ = "guest_id_documents"
    __table_args__ = (
        CheckConstraint("type IN ('cn_id','passport','hk_macau','taiwan','other')", name="type"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    guest_id: Mapped[int] = mapped_column(ForeignKey("guests.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(16))
    country: Mapped[str] = mapped_column(String(3))
    number_hash: Mapped[str] = mapped_column(String(64), unique=True)
    lookup_hash: Mapped[str] = mapped_column(String(64), index=True)
    last4: Mapped[str] = mapped_column(String(4))
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    added_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class CautionRow(Base):
    """A guest on the caution list (黑名单): why, set by whom and when."""

    __tablename__ = "guest_cautions"
    __table_args__ = (
        CheckConstraint(
            "category IN ('unpaid_bill','damage','harassment','security','other')",
            name="category",
        ),
    )

    guest_id: Mapped[int] = mapped_column(
        ForeignKey("guests.id", ondelete="CASCADE"), primary_key=True
    )
    category: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    set_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    set_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ConfidentialRow(Base):
    """A confidential guest (客人保密): staff without the right see only the alias."""

    __tablename__ = "guest_confidential"

    guest_id: Mapped[int] = mapped_column(
        ForeignKey("guests.id", ondelete="CASCADE"), primary_key=True
    )
    alias: Mapped[str] = mapped_column(String(200))
    set_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    set_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ErasedKeyRow(Base):
    """A keyed hash of an erased guest's member number, phone, e-mail or document.

    A later import of the same key is reported, not imported: erased data never comes back.
    """

    __tablename__ = "erased_keys"

    key_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    erased_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ErasedGuestRow(Base):
    """A guest whose personal data was erased at their request (or by retention).

    The guest row stays, nameless, so that stays and complaints still add up in reports
    ("Anonymised guest #N"); everything that identified the person is gone.
    """

    __tablename__ = "erased_guests"

    guest_id: Mapped[int] = mapped_column(
        ForeignKey("guests.id", ondelete="CASCADE"), primary_key=True
    )
    erased_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    erased_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(Text, default="")


class NotDuplicateRow(Base):
    """Staff said these two guests are different people: never suggest or merge them."""

    __tablename__ = "not_duplicates"
    __table_args__ = (CheckConstraint("guest_a < guest_b", name="ordered"),)

    guest_a: Mapped[int] = mapped_column(
        ForeignKey("guests.id", ondelete="CASCADE"), primary_key=True
    )
    guest_b: Mapped[int] = mapped_column(
        ForeignKey("guests.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class MergeRow(Base):
    """A merge of two guest files: who, when, and everything the removed file held."""

    __tablename__ = "guest_merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    kept_id: Mapped[int] = mapped_column(ForeignKey("guests.id", ondelete="CASCADE"), index=True)
    merged_id: Mapped[int] = mapped_column(Integer)  # no longer exists
    merged_member_no: Mapped[str | None] = mapped_column(String(64))
    merged_name: Mapped[str] = mapped_column(String(200))
    snapshot: Mapped[str] = mapped_column(Text)  # JSON of the removed guest
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ComplaintRow(Base):
    __tablename__ = "complaints"
    __table_args__ = (
        CheckConstraint(
            "status IN ('open','in_progress','resolved','followed_up','closed')", name="status"
        ),
        CheckConstraint("severity IN ('low','medium','high','critical')", name="severity"),
        CheckConstraint("feedback_due >= occurred_at", name="due_after_occurrence"),
        Index("ix_complaints_status_due", "status", "feedback_due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    guest_id: Mapped[int] = mapped_column(ForeignKey("guests.id", ondelete="CASCADE"), index=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    department: Mapped[str] = mapped_column(String(32))
    service: Mapped[str] = mapped_column(String(500), default="")
    staff_involved: Mapped[str] = mapped_column(String(500), default="")
    category: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text)
    real_reason: Mapped[str] = mapped_column(Text, default="")
    guest_wish: Mapped[str] = mapped_column(Text, default="")
    excessive: Mapped[bool] = mapped_column(default=False)
    excessive_note: Mapped[str] = mapped_column(Text, default="")
    returning_guest: Mapped[bool] = mapped_column(default=False)
    feedback_due: Mapped[datetime] = mapped_column(DateTime)
    compensation: Mapped[str] = mapped_column(String(500), default="")
    compensation_value: Mapped[str] = mapped_column(String(500), default="")
    # The four recovery steps, each with the time it was done.
    apologised_at: Mapped[datetime | None] = mapped_column(DateTime)
    listened_at: Mapped[datetime | None] = mapped_column(DateTime)
    solution_offered_at: Mapped[datetime | None] = mapped_column(DateTime)
    remedy_taken_at: Mapped[datetime | None] = mapped_column(DateTime)
    assigned_to: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[str] = mapped_column(String(16), default="open")
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    followup_result: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # see GuestRow


class ComplaintEventRow(Base):
    """The complaint's history: every change, who made it and when. Append-only."""

    __tablename__ = "complaint_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("complaints.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str] = mapped_column(Text, default="")
