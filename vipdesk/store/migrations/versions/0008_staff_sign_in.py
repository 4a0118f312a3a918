"""staff sign-in: passwords, PINs, lock-out, recovery; case-insensitive user names; the
audit log keeps ids only and gets a workstation and a MAC (the chain starts after this)

Staff records that differ only in case (`DUTY` and `duty`) become one: the one already in
lower case (else the oldest) is kept, and everything that pointed at the others points at
it. Old audit entries that held guest names or other values keep only the names of those
fields, counts and a file's base name.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 09:00:00.000000
"""

import json
from collections.abc import Sequence
from pathlib import PureWindowsPath

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Old action codes, by (entity, action), renamed to the audit trail's codes.
_ACTIONS = {
    ("guest", "create"): "create_guest",
    ("guest", "create_many"): "create_guest",
    ("guest", "update"): "edit_guest",
    ("guest", "photo"): "edit_guest",
    ("guest", "merge"): "merge_guests",
    ("guest", "import"): "import",
    ("stay", "import"): "import",
    ("stay", "link"): "edit_stay",
    ("hotel", "set"): "settings_change",
    ("service_standards", "set"): "settings_change",
}


def _merge_case_duplicates(conn: sa.Connection) -> None:
    staff = conn.execute(sa.text("SELECT id, username FROM staff ORDER BY id")).fetchall()
    groups: dict[str, list[tuple[int, str]]] = {}
    for staff_id, username in staff:
        groups.setdefault(username.strip().lower(), []).append((staff_id, username))
    references = []  # (table, column) pairs that point at staff.id
    inspector = sa.inspect(conn)
    for table in inspector.get_table_names():
        for fk in inspector.get_foreign_keys(table):
            if fk["referred_table"] == "staff":
                references += [(table, column) for column in fk["constrained_columns"]]
    for lower, rows in groups.items():
        kept = next((i for i, name in rows if name == lower), rows[0][0])
        for other, _name in rows:
            if other == kept:
                continue
            for table, column in references:
                conn.execute(
                    sa.text(f'UPDATE "{table}" SET "{column}" = :kept WHERE "{column}" = :other'),
                    {"kept": kept, "other": other},
                )
            conn.execute(sa.text("DELETE FROM staff WHERE id = :id"), {"id": other})
        conn.execute(
            sa.text("UPDATE staff SET username = :name WHERE id = :id"),
            {"name": lower, "id": kept},
        )


def _ids_only(detail: str) -> str:
    try:
        values = json.loads(detail) if detail else {}
    except ValueError:
        values = {}
    if not isinstance(values, dict):
        return "{}"
    kept: dict[str, object] = {}
    fields = []
    for key, value in values.items():
        if key == "file" and isinstance(value, str):
            kept["file"] = PureWindowsPath(value).name  # the name, not the folders
        elif isinstance(value, int | bool) and key != "name":
            kept[key] = value  # counts, ids and flags
        else:
            fields.append(key)
    if fields:
        kept["fields"] = sorted(fields)
    return json.dumps(kept, ensure_ascii=False)


def _rewrite_audit(conn: sa.Connection) -> None:
    rows = conn.execute(sa.text("SELECT id, action, entity, detail FROM audit_log")).fetchall()
    for row_id, action, entity, detail in rows:
        conn.execute(
            sa.text("UPDATE audit_log SET action = :action, detail = :detail WHERE id = :id"),
            {
                "id": row_id,
                "action": _ACTIONS.get((entity, action), action),
                "detail": _ids_only(detail or ""),
            },
        )


def upgrade() -> None:
    conn = op.get_bind()
    _merge_case_duplicates(conn)
    _rewrite_audit(conn)
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("password_hash", sa.String(length=200), nullable=True))
        batch_op.add_column(
            sa.Column("must_change_password", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("failed_sign_ins", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("pin_hash", sa.String(length=200), nullable=True))
        batch_op.add_column(
            sa.Column("failed_pins", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("recovery_hash", sa.String(length=200), nullable=True))
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("workstation", sa.String(length=128), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("mac", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("mac")
        batch_op.drop_column("workstation")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        for column in (
            "recovery_hash",
            "failed_pins",
            "pin_hash",
            "locked_until",
            "failed_sign_ins",
            "must_change_password",
            "password_hash",
        ):
            batch_op.drop_column(column)
