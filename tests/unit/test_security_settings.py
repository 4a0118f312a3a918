"""The idle lock's minutes: read by anyone signed in, set by admins only, audited."""

import json

import pytest
from sqlalchemy import select

from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.services.errors import PermissionDenied, ValidationFailed
from vipdesk.services.security import (
    DEFAULT_IDLE_MINUTES,
    idle_lock_minutes,
    set_idle_lock_minutes,
)
from vipdesk.store.models import AuditRow


def test_five_minutes_until_an_admin_sets_another_number(
    db: Database, actor: Staff, receptionist: Staff
) -> None:
    assert DEFAULT_IDLE_MINUTES == 5
    assert idle_lock_minutes(db, receptionist) == 5
    assert set_idle_lock_minutes(db, actor, 12) == 12
    assert idle_lock_minutes(db, receptionist) == 12
    with db.read() as session:
        row = session.scalars(select(AuditRow).where(AuditRow.action == "settings_change")).one()
    assert row.entity == "security" and row.staff_id == actor.id
    assert json.loads(row.detail) == {"fields": ["idle_lock_minutes"]}


@pytest.mark.parametrize("minutes", [0, 61, -5])
def test_only_one_to_sixty_minutes(db: Database, actor: Staff, minutes: int) -> None:
    with pytest.raises(ValidationFailed) as refused:
        set_idle_lock_minutes(db, actor, minutes)
    assert refused.value.errors[0].code == "idle_minutes"
    assert idle_lock_minutes(db, actor) == 5


def test_only_an_admin_sets_it(db: Database, manager: Staff, receptionist: Staff) -> None:
    for staff in (manager, receptionist):
        with pytest.raises(PermissionDenied):
            set_idle_lock_minutes(db, staff, 15)
    assert idle_lock_minutes(db, manager) == 5


def test_my_pin_is_set_changed_and_removed_after_my_password(
    db: Database, receptionist: Staff
) -> None:
    from tests.accounts import TEST_PASSWORD
    from vipdesk.services.errors import SignInFailed
    from vipdesk.services.security import set_my_pin
    from vipdesk.services.sign_in import has_pin, unlock_with_pin

    with pytest.raises(SignInFailed):
        set_my_pin(db, receptionist, "not my password", "1234")
    with pytest.raises(ValidationFailed) as refused:
        set_my_pin(db, receptionist, TEST_PASSWORD, "12a4")
    assert refused.value.errors[0].code == "pin_format" and not has_pin(db, receptionist)
    assert set_my_pin(db, receptionist, TEST_PASSWORD, "123456") is True
    assert unlock_with_pin(db, receptionist, "123456").id == receptionist.id
    assert set_my_pin(db, receptionist, TEST_PASSWORD, None) is False
    assert not has_pin(db, receptionist)
