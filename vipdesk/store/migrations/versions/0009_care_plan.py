"""the care plan: contact log, skipped tasks, do not contact, dedicated person, consent,
lunar special dates; stays by departure, guests by tier

Care settings and script hints are settings (app_meta rows), not schema.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-10 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("guest_special_dates", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lunar", sa.Boolean(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("leap", sa.Boolean(), server_default="0", nullable=False))
    op.create_index("ix_stays_departure", "stays", ["departure"], unique=False)
    op.create_index("ix_guests_tier", "guests", ["tier"], unique=False)
    op.create_table(
        "care_guests",
        sa.Column("guest_id", sa.Integer(), nullable=False),
        sa.Column("do_not_contact", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("dedicated_to", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["dedicated_to"], ["staff.id"], name=op.f("fk_care_guests_dedicated_to_staff")
        ),
        sa.ForeignKeyConstraint(
            ["guest_id"],
            ["guests.id"],
            name=op.f("fk_care_guests_guest_id_guests"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["staff.id"], name=op.f("fk_care_guests_updated_by_staff")
        ),
        sa.PrimaryKeyConstraint("guest_id", name=op.f("pk_care_guests")),
    )
    op.create_table(
        "guest_consents",
        sa.Column("guest_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=True),
        sa.Column("how", sa.String(length=200), server_default="", nullable=False),
        sa.CheckConstraint(
            "channel IN ('sms','email','wechat','phone')", name=op.f("ck_guest_consents_channel")
        ),
        sa.ForeignKeyConstraint(
            ["guest_id"],
            ["guests.id"],
            name=op.f("fk_guest_consents_guest_id_guests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("guest_id", "channel", name=op.f("pk_guest_consents")),
    )
    op.create_table(
        "care_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("guest_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("task_id", sa.String(length=64), nullable=True),
        sa.Column("task_kind", sa.String(length=16), nullable=True),
        sa.Column("task_due", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "channel IN ('phone','sms','wechat','email','letter','in_person')",
            name=op.f("ck_care_contacts_channel"),
        ),
        sa.CheckConstraint(
            "outcome IN ('reached','no_answer','left_message','declined','do_not_contact')",
            name=op.f("ck_care_contacts_outcome"),
        ),
        sa.ForeignKeyConstraint(
            ["guest_id"],
            ["guests.id"],
            name=op.f("fk_care_contacts_guest_id_guests"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_care_contacts_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_contacts")),
    )
    op.create_index("ix_care_contacts_at", "care_contacts", ["at"], unique=False)
    op.create_index("ix_care_contacts_guest_id_at", "care_contacts", ["guest_id", "at"])
    op.create_index("ix_care_contacts_task_due", "care_contacts", ["task_due"], unique=False)
    op.create_table(
        "care_skips",
        sa.Column("task_id", sa.String(length=64), nullable=False),
        sa.Column("guest_id", sa.Integer(), nullable=False),
        sa.Column("task_kind", sa.String(length=16), nullable=False),
        sa.Column("task_due", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["guest_id"],
            ["guests.id"],
            name=op.f("fk_care_skips_guest_id_guests"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_care_skips_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("task_id", name=op.f("pk_care_skips")),
    )
    op.create_index("ix_care_skips_guest_id", "care_skips", ["guest_id"], unique=False)
    op.create_index("ix_care_skips_task_due", "care_skips", ["task_due"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_care_skips_task_due", table_name="care_skips")
    op.drop_index("ix_care_skips_guest_id", table_name="care_skips")
    op.drop_table("care_skips")
    op.drop_index("ix_care_contacts_task_due", table_name="care_contacts")
    op.drop_index("ix_care_contacts_guest_id_at", table_name="care_contacts")
    op.drop_index("ix_care_contacts_at", table_name="care_contacts")
    op.drop_table("care_contacts")
    op.drop_table("guest_consents")
    op.drop_table("care_guests")
    op.drop_index("ix_guests_tier", table_name="guests")
    op.drop_index("ix_stays_departure", table_name="stays")
    # Lunar dates have no meaning in the old schema.
    op.execute("DELETE FROM guest_special_dates WHERE lunar = 1")
    with op.batch_alter_table("guest_special_dates", schema=None, recreate="always") as batch_op:
        batch_op.drop_column("leap")
        batch_op.drop_column("lunar")
