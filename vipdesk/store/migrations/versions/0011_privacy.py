"""guest privacy: ID documents (keyed hashes only), the caution list, confidential guests,
erased guests, and the keyed hashes of their keys

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 17:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "guest_id_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("guest_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=False),
        sa.Column("number_hash", sa.String(length=64), nullable=False),
        sa.Column("lookup_hash", sa.String(length=64), nullable=False),
        sa.Column("last4", sa.String(length=4), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "type IN ('cn_id','passport','hk_macau','taiwan','other')",
            name=op.f("ck_guest_id_documents_type"),
        ),
        sa.ForeignKeyConstraint(
            ["added_by"], ["staff.id"], name=op.f("fk_guest_id_documents_added_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["guest_id"],
            ["guests.id"],
            name=op.f("fk_guest_id_documents_guest_id_guests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guest_id_documents")),
        sa.UniqueConstraint("number_hash", name=op.f("uq_guest_id_documents_number_hash")),
    )
    with op.batch_alter_table("guest_id_documents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_guest_id_documents_guest_id"), ["guest_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_guest_id_documents_lookup_hash"), ["lookup_hash"], unique=False
        )
    op.create_table(
        "guest_cautions",
        sa.Column("guest_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("set_by", sa.Integer(), nullable=True),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "category IN ('unpaid_bill','damage','harassment','security','other')",
            name=op.f("ck_guest_cautions_category"),
        ),
        sa.ForeignKeyConstraint(
            ["guest_id"],
            ["guests.id"],
            name=op.f("fk_guest_cautions_guest_id_guests"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["set_by"], ["staff.id"], name=op.f("fk_guest_cautions_set_by_staff")
        ),
        sa.PrimaryKeyConstraint("guest_id", name=op.f("pk_guest_cautions")),
    )
    op.create_table(
        "guest_confidential",
        sa.Column("guest_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=200), nullable=False),
        sa.Column("set_by", sa.Integer(), nullable=True),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["guest_id"],
            ["guests.id"],
            name=op.f("fk_guest_confidential_guest_id_guests"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["set_by"], ["staff.id"], name=op.f("fk_guest_confidential_set_by_staff")
        ),
        sa.PrimaryKeyConstraint("guest_id", name=op.f("pk_guest_confidential")),
    )
    op.create_table(
        "erased_keys",
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key_hash", name=op.f("pk_erased_keys")),
    )
    op.create_table(
        "erased_guests",
        sa.Column("guest_id", sa.Integer(), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("erased_by", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["erased_by"], ["staff.id"], name=op.f("fk_erased_guests_erased_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["guest_id"],
            ["guests.id"],
            name=op.f("fk_erased_guests_guest_id_guests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("guest_id", name=op.f("pk_erased_guests")),
    )


def downgrade() -> None:
    op.drop_table("erased_guests")
    op.drop_table("erased_keys")
    op.drop_table("guest_confidential")
    op.drop_table("guest_cautions")
    with op.batch_alter_table("guest_id_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_guest_id_documents_lookup_hash"))
        batch_op.drop_index(batch_op.f("ix_guest_id_documents_guest_id"))
    op.drop_table("guest_id_documents")
