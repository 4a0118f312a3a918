"""The care tables: a guest's care facts, marketing consents, the contact log and skipped
care tasks. Part of the one schema (Base.metadata); vipdesk.store.models re-exports them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vipdesk.store.models_base import Base, utcnow


class CareGuestRow(Base):
    """A guest's care facts: do not contact, and the dedicated person (专人负责)."""

    __tablename__ = "care_guests"

    guest_id: Mapped[int] = mapped_column(
        ForeignKey("guests.id", ondelete="CASCADE"), primary_key=True
    )
    do_not_contact: Mapped[bool] = mapped_column(default=False, server_default="0")
    dedicated_to: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class ConsentRow(Base):
    """Marketing consent for one channel: when and how the guest gave it."""

    __tablename__ = "guest_consents"
    __table_args__ = (
        CheckConstraint("channel IN ('sms','email','wechat','phone')", name="channel"),
    )

    guest_id: Mapped[int] = mapped_column(
        ForeignKey("guests.id", ondelete="CASCADE"), primary_key=True
    )
    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    given_on: Mapped[date | None] = mapped_column(Date)
    how: Mapped[str] = mapped_column(String(200), default="", server_default="")


class ContactRow(Base):
    """One touch with a guest (the contact log). Append-only."""

    __tablename__ = "care_contacts"
    __table_args__ = (
        CheckConstraint(
            "channel IN ('phone','sms','wechat','email','letter','in_person')", name="channel"
        ),
        CheckConstraint(
            "outcome IN ('reached','no_answer','left_message','declined','do_not_contact')",
            name="outcome",
        ),
        Index("ix_care_contacts_guest_id_at", "guest_id", "at"),
        Index("ix_care_contacts_task_due", "task_due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    guest_id: Mapped[int] = mapped_column(ForeignKey("guests.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    channel: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The task it answers (kind-guest-yyyymmdd), with its kind and due day for queries.
    task_id: Mapped[str | None] = mapped_column(String(64))
    task_kind: Mapped[str | None] = mapped_column(String(16))
    task_due: Mapped[date | None] = mapped_column(Date)


class TaskSkipRow(Base):
    """A task a duty manager skipped, with the reason."""

    __tablename__ = "care_skips"

    task_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    guest_id: Mapped[int] = mapped_column(ForeignKey("guests.id", ondelete="CASCADE"), index=True)
    task_kind: Mapped[str] = mapped_column(String(16))
    task_due: Mapped[date] = mapped_column(Date, index=True)
    reason: Mapped[str] = mapped_column(Text)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
