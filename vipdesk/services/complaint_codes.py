"""The hotel's own lists of complaint departments and categories (code → label).

Stored in the database's settings; the defaults come from the domain. Duty managers and
admins replace them; complaints keep the code they were filed under.
"""

from __future__ import annotations

import json

from vipdesk.domain.complaints import ComplaintCodes, check_code_table
from vipdesk.domain.staff import Operation, Staff
from vipdesk.services.errors import ValidationFailed
from vipdesk.services.setting_versions import check_version, stored_version
from vipdesk.services.staff import authorize, require
from vipdesk.store.db import Database

_DEPARTMENTS_KEY = "complaint_departments"
_CATEGORIES_KEY = "complaint_categories"
_KEYS = (_DEPARTMENTS_KEY, _CATEGORIES_KEY)


def complaint_codes(db: Database, actor: Staff) -> ComplaintCodes:
    """The hotel's departments and categories (configured, or the defaults)."""
    authorize(db, actor, Operation.VIEW_COMPLAINTS)
    with db.read() as session:
        return codes_in(session)


def complaint_codes_versioned(db: Database, actor: Staff) -> tuple[ComplaintCodes, int]:
    """The lists and the version a form editing them starts from (see set_complaint_codes)."""
    authorize(db, actor, Operation.VIEW_COMPLAINTS)
    with db.read() as session:
        return codes_in(session), stored_version(session, _KEYS)


def codes_in(session) -> ComplaintCodes:  # type: ignore[no-untyped-def]
    """The configured departments and categories, inside an open session."""
    defaults = ComplaintCodes()
    return ComplaintCodes(
        departments=_table(session, _DEPARTMENTS_KEY) or defaults.departments,
        categories=_table(session, _CATEGORIES_KEY) or defaults.categories,
    )


def _table(session, key: str) -> dict[str, str] | None:  # type: ignore[no-untyped-def]
    from vipdesk.store import guest_repo

    raw = guest_repo.get_meta(session, key)
    if raw:
        try:
            data = json.loads(raw)
            if isinstance(data, dict) and data:
                return {str(k): str(v) for k, v in data.items()}
        except ValueError:
            pass
    return None


def set_departments(db: Database, actor: Staff, table: dict[str, str]) -> None:
    """Replace the department list (duty managers and admins only)."""
    _store_tables(db, actor, {_DEPARTMENTS_KEY: (table, "departments")})


def set_categories(db: Database, actor: Staff, table: dict[str, str]) -> None:
    """Replace the category list (duty managers and admins only).

    Complaints already filed under a code that is no longer listed keep it and still
    show it; new complaints must use the listed codes.
    """
    _store_tables(db, actor, {_CATEGORIES_KEY: (table, "categories")})


def set_complaint_codes(
    db: Database, actor: Staff, codes: ComplaintCodes, *, version: int | None = None
) -> None:
    """Replace both lists at once: both are stored, or (on any error) neither.

    `version` comes from complaint_codes_versioned: when someone else changed either list
    since, ChangedMeanwhile is raised and nothing is written.
    """
    _store_tables(
        db,
        actor,
        {
            _DEPARTMENTS_KEY: (codes.departments, "departments"),
            _CATEGORIES_KEY: (codes.categories, "categories"),
        },
        version,
    )


def _store_tables(
    db: Database,
    actor: Staff,
    tables: dict[str, tuple[dict[str, str], str]],
    version: int | None = None,
) -> None:
    cleaned = {
        key: {code.strip(): label.strip() for code, label in table.items()}
        for key, (table, _what) in tables.items()
    }
    errors = [
        error
        for key, (_table, what) in tables.items()
        for error in check_code_table(cleaned[key], what)
    ]
    if errors:
        raise ValidationFailed(errors)
    from vipdesk.store import guest_repo

    with db.write() as session:
        what = " and ".join(name for _, name in tables.values())
        require(session, actor, Operation.CHANGE_LISTS)
        changed = [
            name for key, (_t, name) in tables.items() if _table(session, key) != cleaned[key]
        ]
        check_version(session, _KEYS, version, f"the complaint {what}", changed)
        for key, table in cleaned.items():
            guest_repo.set_meta(session, key, json.dumps(table, ensure_ascii=False), actor.id)
