"""versions on editable records (guests, complaints, settings)

A save made against an older version is refused instead of silently undoing someone
else's change. Settings also record who changed them last and when.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild): the guests table keeps its search triggers.
    for table in ("guests", "complaints"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), server_default="1", nullable=False)
            )
    with op.batch_alter_table("app_meta", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("updated_by", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_app_meta_updated_by_staff"), "staff", ["updated_by"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("app_meta", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_app_meta_updated_by_staff"), type_="foreignkey")
        batch_op.drop_column("updated_by")
        batch_op.drop_column("updated_at")
        batch_op.drop_column("version")
    for table in ("complaints", "guests"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
