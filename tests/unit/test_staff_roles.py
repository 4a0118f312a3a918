"""Staff roles: given by admins to existing accounts, all or nothing, read as stored."""

import pytest

from tests.accounts import make_staff
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.database import Database
from vipdesk.services.errors import Conflict, NotFound, PermissionDenied
from vipdesk.services.staff import list_staff, set_role, set_roles


def test_only_admins_give_roles_all_or_nothing(db: Database, actor: Staff) -> None:
    make_staff(db, "boss")
    boss = set_roles(db, actor, [("boss", "王经理", Role.DUTY_MANAGER)])[0]
    assert boss.role == Role.DUTY_MANAGER and boss.display_name == "王经理"
    with pytest.raises(PermissionDenied):
        set_role(db, boss, "boss", Role.ADMIN)  # a duty manager cannot promote themselves
    make_staff(db, "desk9")
    with pytest.raises(NotFound):  # an unknown name: nothing is saved, nobody is created
        set_roles(db, actor, [("desk9", "前台 9", Role.DUTY_MANAGER), ("nobody", "", Role.ADMIN)])
    roles = {m.username: m.role for m in list_staff(db, actor)}
    assert roles["desk9"] == Role.RECEPTIONIST and "nobody" not in roles


def test_the_last_admin_cannot_leave_the_hotel_without_one(db: Database, actor: Staff) -> None:
    make_staff(db, "wang")
    with pytest.raises(Conflict, match="at least one admin"):
        set_role(db, actor, actor.username, Role.DUTY_MANAGER)
    set_roles(db, actor, [("wang", "", Role.ADMIN), (actor.username, "", Role.RECEPTIONIST)])
    assert {m.username: m.role for m in list_staff(db, actor)}["wang"] == Role.ADMIN


def test_roles_are_read_as_stored_not_as_remembered(db: Database, actor: Staff) -> None:
    from dataclasses import replace

    from vipdesk.services.hotel import Hotel, set_hotel

    deputy = make_staff(db, "deputy", Role.ADMIN)
    set_role(db, actor, "deputy", Role.RECEPTIONIST)  # demoted at another counter
    with pytest.raises(PermissionDenied):
        set_role(db, deputy, "deputy", Role.ADMIN)  # `deputy` still says admin
    clerk = make_staff(db, "desk")
    forged = replace(clerk, role=Role.ADMIN)  # a role that is not on record counts for nothing
    with pytest.raises(PermissionDenied) as refused:
        set_hotel(db, forged, Hotel("Garden Hotel"))
    assert refused.value.params["action"] == "change_hotel"
