"""stays imported from the PMS: confirmation no., status, reservation details, unmatched

Stays typed by hand so far keep everything: they become source 'manual' with no status
(their dates tell) and no confirmation number. A PMS stay may wait for its guest
(guest_id NULL) and keeps the reservation's own name, member no., phone and e-mail.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT_COLUMNS = (
    ("room_type", sa.String(length=32)),
    ("eta", sa.String(length=8)),
    ("company", sa.String(length=200)),
    ("pms_vip", sa.String(length=32)),
    ("requests", sa.Text()),
    ("comments", sa.Text()),
    ("resv_name", sa.String(length=200)),
    ("resv_member_no", sa.String(length=64)),
    ("resv_phone", sa.String(length=64)),
    ("resv_email", sa.String(length=254)),
)


def upgrade() -> None:
    # The stays table has no triggers (the search index is written by the app), so the
    # batch rebuild that making guest_id nullable needs loses nothing; rows are copied.
    with op.batch_alter_table("stays", schema=None, recreate="always") as batch_op:
        batch_op.alter_column("guest_id", existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(sa.Column("confirmation_no", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("status", sa.String(length=16), nullable=True))
        batch_op.add_column(
            sa.Column("source", sa.String(length=8), server_default="manual", nullable=False)
        )
        batch_op.add_column(sa.Column("adults", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("children", sa.Integer(), nullable=True))
        for name, type_ in _TEXT_COLUMNS:
            batch_op.add_column(sa.Column(name, type_, server_default="", nullable=False))
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
        batch_op.create_unique_constraint(
            batch_op.f("uq_stays_confirmation_no"), ["confirmation_no"]
        )
        batch_op.create_check_constraint(
            batch_op.f("ck_stays_status"),
            "status IS NULL OR status IN "
            "('reserved','checked_in','checked_out','cancelled','no_show')",
        )
        batch_op.create_check_constraint(
            batch_op.f("ck_stays_source"), "source IN ('manual','pms')"
        )
        batch_op.create_check_constraint(
            batch_op.f("ck_stays_manual_has_guest"),
            "source = 'pms' OR (guest_id IS NOT NULL AND confirmation_no IS NULL)",
        )
        batch_op.create_index("ix_stays_arrival", ["arrival"], unique=False)


def downgrade() -> None:
    # Unmatched PMS stays have no guest to belong to in the old schema.
    op.execute("DELETE FROM stays WHERE guest_id IS NULL")
    with op.batch_alter_table("stays", schema=None, recreate="always") as batch_op:
        batch_op.drop_index("ix_stays_arrival")
        batch_op.drop_constraint(batch_op.f("ck_stays_manual_has_guest"), type_="check")
        batch_op.drop_constraint(batch_op.f("ck_stays_source"), type_="check")
        batch_op.drop_constraint(batch_op.f("ck_stays_status"), type_="check")
        batch_op.drop_constraint(batch_op.f("uq_stays_confirmation_no"), type_="unique")
        batch_op.drop_column("updated_at")
        for name, _type in reversed(_TEXT_COLUMNS):
            batch_op.drop_column(name)
        batch_op.drop_column("children")
        batch_op.drop_column("adults")
        batch_op.drop_column("source")
        batch_op.drop_column("status")
        batch_op.drop_column("confirmation_no")
        batch_op.alter_column("guest_id", existing_type=sa.Integer(), nullable=False)
