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


def test_the_last_manager_cannot_leave_the_hotel_without_one(db: Database, actor: Staff) -> None:
    boss = set_role(db, actor, "boss", Role.DUTY_MANAGER)
    with pytest.raises(ServiceError, match="at least one duty manager or admin must remain"):
        set_role(db, boss, "boss", Role.RECEPTIONIST)
    assert {m.username: m.role for m in list_staff(db, boss)}["boss"] == Role.DUTY_MANAGER
    set_roles(db, boss, [("wang", "", Role.ADMIN), ("boss", "", Role.RECEPTIONIST)])  # a handover


def test_roles_are_read_as_stored_not_as_remembered(db: Database, actor: Staff) -> None:
    from dataclasses import replace

    from vipdesk.services.hotel import Hotel, set_hotel

    boss = set_role(db, actor, "boss", Role.DUTY_MANAGER)
    deputy = set_role(db, boss, "deputy", Role.DUTY_MANAGER)
    set_role(db, boss, "deputy", Role.RECEPTIONIST)  # demoted at another counter
    with pytest.raises(ServiceError, match="only a duty manager or an admin"):
        set_role(db, deputy, "deputy", Role.ADMIN)  # `deputy` still says duty manager
    forged = replace(actor, role=Role.ADMIN)  # a role that is not on record counts for nothing
    with pytest.raises(ServiceError, match="hotel's details"):
        set_hotel(db, forged, Hotel("Garden Hotel"))
