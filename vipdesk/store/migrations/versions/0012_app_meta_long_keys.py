"""app_meta keys of any length: an import's resume key holds the file's whole path

SQLite never enforced VARCHAR(64); PostgreSQL refused the key of an import from a path
longer than ~40 characters ("value too long for type character varying(64)").

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 20:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("app_meta", schema=None) as batch_op:
        batch_op.alter_column(
            "key", existing_type=sa.String(length=64), type_=sa.Text(), existing_nullable=False
        )


def downgrade() -> None:
    with op.batch_alter_table("app_meta", schema=None) as batch_op:
        batch_op.alter_column(
            "key", existing_type=sa.Text(), type_=sa.String(length=64), existing_nullable=False
        )
