"""Staff roles: the first duty manager may be named by anyone; after that, only managers."""

import pytest

from vipdesk.domain.staff import Role, Staff
from vipdesk.services.database import Database
from vipdesk.services.errors import ServiceError, ValidationFailed
from vipdesk.services.staff import get_or_create_staff, list_staff, set_role, set_roles


def test_first_set_up_then_only_managers(db: Database, actor: Staff) -> None:
    boss = set_role(db, actor, "boss", Role.DUTY_MANAGER, display_name="王经理")  # no manager yet
    assert boss.role == Role.DUTY_MANAGER and boss.display_name == "王经理"
    with pytest.raises(ServiceError, match="only a duty manager or an admin"):
        set_role(db, actor, actor.username, Role.ADMIN)  # a receptionist cannot promote self
    with pytest.raises(ValidationFailed, match="username"):
        set_roles(db, boss, [("desk9", "", Role.RECEPTIONIST), ("  ", "", Role.ADMIN)])
    assert "desk9" not in {m.username for m in list_staff(db, boss)}  # all or nothing
    set_roles(db, boss, [("desk9", "前台 9", Role.RECEPTIONIST), (actor.username, "", Role.ADMIN)])
    roles = {m.username: m.role for m in list_staff(db, boss)}
    assert roles["desk9"] == Role.RECEPTIONIST and roles[actor.username] == Role.ADMIN
    assert get_or_create_staff(db, "desk9").display_name == "前台 9"
