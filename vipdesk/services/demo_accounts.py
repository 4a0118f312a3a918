"""The demo's staff accounts: one per role, all with one documented password.

`vipdesk demo` creates them on an empty database (no sign-in needed there) and the sign-in
dialog of a demo database says the password. Never use a demo database for real guests.
"""

from __future__ import annotations

from vipdesk.domain.staff import Role, Staff
from vipdesk.services.audit import audit
from vipdesk.services.errors import PermissionDenied
from vipdesk.services.passwords import hash_secret
from vipdesk.services.staff import _has_accounts, _to_staff, find_row, role_now
from vipdesk.store import guest_repo as repo
from vipdesk.store.db import Database
from vipdesk.store.models import StaffRow

DEMO_PASSWORD = "vipdesk-demo"
DEMO_RECEPTIONIST = "demo.frontdesk"
DEMO_MANAGER = "demo.manager"
DEMO_ADMIN = "demo.admin"
DEMO_ACCOUNTS = (
    (DEMO_RECEPTIONIST, "前台 王芳 Wang Fang", Role.RECEPTIONIST),
    (DEMO_MANAGER, "值班经理 李伟 Li Wei", Role.DUTY_MANAGER),
    (DEMO_ADMIN, "管理员 张敏 Zhang Min", Role.ADMIN),
)
_META_KEY = "demo_accounts"


def add_demo_accounts(db: Database, actor: Staff | None = None) -> Staff:
    """Create the demo accounts that are missing; returns the demo admin.

    Without `actor` only on a database no one can sign in to yet (the first run);
    otherwise the actor must be an admin.
    """
    password_hash: str | None = None
    with db.read() as session:
        missing = any(find_row(session, name) is None for name, _, _ in DEMO_ACCOUNTS)
    if missing:
        password_hash = hash_secret(DEMO_PASSWORD)
    with db.write() as session:
        if actor is not None:
            if role_now(session, actor) != Role.ADMIN:
                raise PermissionDenied("only an admin can add the demo accounts", action="demo")
        elif _has_accounts(session):
            raise PermissionDenied("sign in as an admin to fill a demo", action="demo")
        admin: StaffRow | None = None
        for name, display_name, role in DEMO_ACCOUNTS:
            row = find_row(session, name)
            if row is None:
                assert password_hash is not None
                row = StaffRow(
                    username=name,
                    display_name=display_name,
                    role=role.value,
                    password_hash=password_hash,
                )
                session.add(row)
                session.flush()
                # by the demo itself: demo history is never written by whoever asked for it
                audit(session, row.id, "create_staff", "staff", row.id, demo=True)
            if name == DEMO_ADMIN:
                admin = row
        repo.set_meta(session, _META_KEY, "1", None)
        assert admin is not None
        return _to_staff(admin)


def is_demo(db: Database) -> bool:
    """Whether the demo accounts were created here (the sign-in dialog names them)."""
    with db.read() as session:
        return bool(repo.get_meta(session, _META_KEY))


def demo_staff(db: Database, username: str) -> Staff:
    with db.read() as session:
        row = find_row(session, username)
        if row is None:
            raise PermissionDenied("the demo accounts are missing", action="demo")
        return _to_staff(row)


def demo_receptionist(db: Database) -> Staff:
    """The demo front desk clerk who "entered" the demo guests and logged the complaints.

    Demo history is written by demo staff, never by whoever asked for the demo.
    """
    return demo_staff(db, DEMO_RECEPTIONIST)


def demo_duty_manager(db: Database) -> Staff:
    return demo_staff(db, DEMO_MANAGER)
